import "server-only";
import type { z } from "zod";
import { can, type Permission } from "@/lib/domain/permissions";
import { hasForbiddenControl } from "@/lib/domain/request-guard";
import { UserError } from "@/lib/server/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/server/session";
import type { ActionResult } from "@/lib/view-types/action-result";

type Handler<S extends z.ZodType, T, U> = (input: z.output<S>, user: U) => Promise<ActionResult<T> | void>;

/**
 * A protected action names its permission and gets the signed-in user (never null: the wrapper
 * has refused the call otherwise); a public action (sign-in, registration, the public forms) says
 * `permission: null` and gets the user if there is one.
 */
type Options<S extends z.ZodType, T> =
  | { schema: S; permission: Permission; handler: Handler<S, T, CurrentUser> }
  | { schema: S; permission: null; handler: Handler<S, T, CurrentUser | null> };

const NOT_FORM = "Permintaan tidak dapat diproses: isi yang dikirim bukan data formulir.";
const CONTROL_CHARS = "Isian berisi karakter kendali yang tidak diizinkan.";

function stripControl(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v].filter((c) => !hasForbiddenControl(c)).join("")]));
}

/** What an action declares: who may call it (null: anyone) and the schema its form is read with. */
export type ActionDeclaration = { permission: Permission | null; schema: z.ZodType | null };

// Kept beside each action (never sent to a browser: client components get a reference, not the
// function): the authorization matrix test reads who may call an action from here, so an action's
// expected refusals come from the permission table and what the action itself declares.
const DECLARED = new WeakMap<object, ActionDeclaration>();

/** The declaration of an action made here; undefined for a function not made by createAction/createPublicFormAction. */
export function declaredAction(action: unknown): ActionDeclaration | undefined {
  return typeof action === "function" ? DECLARED.get(action) : undefined;
}

/**
 * A form action without input that acts on the caller's own session only (the sign-out button,
 * `<form action={…}>`): open to anyone, nothing to parse.
 */
export function createPublicFormAction(handler: () => Promise<void>): () => Promise<void> {
  const action = async () => handler();
  DECLARED.set(action, { permission: null, schema: null });
  return action;
}

const GENERIC = "Maaf, terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi petugas.";

/**
 * The one wrapper every server action goes through: parse with the shared zod schema, check the
 * permission, run one service. Expected errors carry their message; anything else is logged and
 * answered generically (never a 500 page for a form).
 */
export function createAction<S extends z.ZodType, T = unknown>(options: Options<S, T>) {
  const action = async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // Anyone can POST any body to an action id: only real form data gets further.
    if (!(formData instanceof FormData)) return { ok: false, message: NOT_FORM };
    const raw = Object.fromEntries(
      [...formData.entries()].filter(([k]) => !k.startsWith("$ACTION")),
    ) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(raw).filter(([k, v]) => typeof v === "string" && !/password/i.test(k)),
    ) as Record<string, string>;
    const user = await getCurrentUser();
    let run: (input: z.output<S>) => Promise<ActionResult<T> | void>;
    if (options.permission === null) {
      const { handler } = options;
      run = (input) => handler(input, user);
    } else {
      if (!user) return { ok: false, message: "Sesi Anda telah berakhir. Silakan masuk lagi.", values };
      if (!can(user.role, options.permission)) {
        return { ok: false, message: "Anda tidak berwenang melakukan tindakan ini.", values };
      }
      const { handler } = options;
      run = (input) => handler(input, user);
    }
    const badFields = Object.entries(raw).filter(([, v]) => typeof v === "string" && hasForbiddenControl(v));
    if (badFields.length > 0) {
      const fieldErrors = Object.fromEntries(badFields.map(([k]) => [k, CONTROL_CHARS]));
      return { ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors, values: stripControl(values) };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_form";
        fieldErrors[key] ??= issue.message;
      }
      return { ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors, values };
    }
    try {
      return (await run(parsed.data)) ?? { ok: true };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
      if (isNextControlFlow(error)) throw error;
      console.error("[action]", error);
      return { ok: false, message: GENERIC, values };
    }
  };
  DECLARED.set(action, { permission: options.permission, schema: options.schema });
  return action;
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"));
}
