// Expected failures carry a code as well as their (Indonesian) message, after documenso's AppError:
// actions show the message, route handlers answer with the status of the code (httpStatusOf), and
// nobody matches on message text.

/** What went wrong, as far as the caller can act on it. */
export const USER_ERROR_STATUS = {
  /** The input is wrong (a field, a date, a file); fieldErrors say where. */
  INVALID_INPUT: 400,
  /** No session (or it ended). */
  UNAUTHENTICATED: 401,
  /** Signed in, but the permission table does not allow it. */
  FORBIDDEN: 403,
  /** No such case/entry — or one outside the user's scope (never reveal which). */
  NOT_FOUND: 404,
  /** The case is in a state where the workflow does not allow this step. */
  INVALID_STATE: 409,
  /** It already exists or someone else changed it at the same time. */
  CONFLICT: 409,
  /** The upload or body is larger than allowed. */
  TOO_LARGE: 413,
  /** Too many attempts; try later. */
  RATE_LIMITED: 429,
  /** A needed service (database, mail, storage) is not available now. */
  UNAVAILABLE: 503,
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_STATUS;

/** An expected failure whose message (Indonesian) may be shown to the user as is. */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** The HTTP status a route handler answers a UserError with (the one map of codes to statuses). */
export function httpStatusOf(error: UserError): number {
  return USER_ERROR_STATUS[error.code];
}

/**
 * The one way a route handler turns a thrown error into a response: a UserError becomes its status
 * and message (plain text); anything else is logged and answered 500 with a generic message. The
 * caller may choose the generic answer (e.g. 503 "coba lagi nanti" for a PDF that cannot be built).
 */
export function errorResponse(
  error: unknown,
  options: { log: string; fallbackStatus?: number; fallbackMessage?: string; headers?: HeadersInit } = { log: "[route]" },
): Response {
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...options.headers };
  if (error instanceof UserError) return new Response(error.message, { status: httpStatusOf(error), headers });
  console.error(options.log, error);
  return new Response(options.fallbackMessage ?? "Maaf, terjadi kesalahan pada server. Silakan coba lagi.", {
    status: options.fallbackStatus ?? 500,
    headers,
  });
}
