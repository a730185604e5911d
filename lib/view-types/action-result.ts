// What every server action answers (lib/server/action-client.ts builds it): the form shows the
// message, the field errors and the values to keep.
export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };
