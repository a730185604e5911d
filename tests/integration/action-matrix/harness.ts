// Calling a server action as the browser's form would (FormData; Next's redirect() and notFound()
// thrown as control flow), and a fingerprint of everything stored, to tell that a refusal changed
// nothing: every table's rows (sessions aside: each call opens one) and every stored file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Answer =
  | { kind: "result"; ok: boolean; message?: string; fieldErrors?: Record<string, string> }
  | { kind: "redirect"; to: string }
  | { kind: "not found" }
  | { kind: "threw"; error: string };

type AnyAction = (...args: never[]) => Promise<unknown>;

export async function callAction(action: AnyAction, fields: Record<string, string | File> | null): Promise<Answer> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields ?? {})) form.append(k, v);
  try {
    const call = action as unknown as (prev: null, form: FormData) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> } | void>;
    const result = fields === null ? await (action as unknown as () => Promise<void>)() : await call(null, form);
    if (!result) return { kind: "result", ok: true };
    return { kind: "result", ok: result.ok, message: result.message, fieldErrors: result.fieldErrors };
  } catch (error) {
    const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not found" };
    return { kind: "threw", error: String(error).slice(0, 200) };
  }
}

/** What a refusal may be compared on: not the echoed form values (they carry the id itself). */
export function shown(answer: Answer): string {
  return JSON.stringify(answer.kind === "result" ? { ok: answer.ok, message: answer.message, fieldErrors: answer.fieldErrors ?? null } : answer);
}

let tables: string[] | null = null;

/** One digest per table (md5 over its rows in a fixed order) plus the stored files' keys. */
export async function fingerprint(client: PrismaClient, files: Map<string, Uint8Array>): Promise<Record<string, string>> {
  tables ??= (
    await client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('UserSession', '_prisma_migrations') ORDER BY 1`,
    )
  ).map((r) => r.name);
  const parts = tables.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`);
  const [row] = await client.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${parts.join(", ")}`);
  return { ...row, "stored files": [...files.keys()].sort().join(",") };
}

/** The fields whose digest differs. */
export function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((k) => before[k] !== after[k]);
}

const ROOT = path.resolve(__dirname, "../../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === "node_modules" || name === "generated") continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Every module of the project with a "use server" directive, relative to the root. */
export function serverActionModules(): string[] {
  return ["app", "components", "lib"]
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")))
    .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
    .sort();
}

export const actionModulePath = (rel: string) => path.join(ROOT, rel);
