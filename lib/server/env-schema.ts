import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "@/scripts/pglite-lock.mjs";

// Every environment variable of the portal, in ONE schema: parsed once (lib/server/env.ts), with a
// clear message for a bad value, and the README's table is checked against ENV_DOCS by a unit test
// (tests/unit/env.test.ts). This file has no "server-only" so the seed and tests can parse with it.
// Variables read only by scripts (.mjs, no TypeScript) are listed in ENV_DOCS with scope "script".

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const flag = (byDefault: boolean) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v.trim() === "" || v.trim() === "0" || v.trim() === "1", { message: "harus 1 atau 0" })
    .transform((v) => (v === undefined || v.trim() === "" ? byDefault : v.trim() === "1"));

const databaseUrl = optionalText.superRefine((v, ctx) => {
  try {
    resolveDatabaseUrl({ DATABASE_URL: v });
  } catch {
    ctx.addIssue({ code: "custom", message: "harus postgresql://…, pglite:<folder> atau pglite:memory" });
  }
});

const port = optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535), {
  message: "harus nomor port 1–65535",
});

const httpUrl = optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/i.test(v), {
  message: "harus alamat lengkap http(s)://…",
});

const positiveInt = optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1), {
  message: "harus bilangan bulat positif",
});

const countOf = optionalText
  .refine((v) => v === undefined || /^\d+$/.test(v), { message: "harus bilangan bulat 0 atau lebih" })
  .transform((v) => Number(v ?? 0));

export const ZEnv = z.object({
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: positiveInt,
  AUTH_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, { message: "minimal 32 karakter" }),
  // Read by Auth.js itself (it signs with AUTH_SECRET_1 and still reads AUTH_SECRET); checked here.
  AUTH_SECRET_1: optionalText.refine((v) => v === undefined || v.length >= 32, { message: "minimal 32 karakter" }),
  UPLOAD_DIR: optionalText.transform((v) => v ?? path.join(process.cwd(), ".data", "uploads")),
  PPID_STORAGE: z.enum(["local", "database"]).optional(),
  JOB_TOKEN: optionalText,
  PPID_DISABLE_JOBS: flag(false),
  PPID_JOBS_IN_APP: flag(true),
  PUBLIC_URL: httpUrl,
  SMTP_URL: optionalText.refine((v) => v === undefined || /^smtps?:\/\//i.test(v), { message: "harus smtp://… atau smtps://…" }),
  MAIL_FROM: optionalText,
  MAIL_MAX_ATTEMPTS: positiveInt,
  MAIL_POLL_SECONDS: positiveInt,
  MAIL_LEASE_SECONDS: positiveInt,
  SESSION_IDLE_MINUTES: positiveInt,
  CITIZEN_SESSION_IDLE_MINUTES: positiveInt,
  PPID_SHUTDOWN_SECONDS: positiveInt.transform((v) => Number(v ?? 25)),
  PPID_TRUSTED_PROXIES: countOf,
  PORT: port,
  PPID_HOST: optionalText,
  SHADOW_DATABASE_URL: optionalText,
  PRISMA_BRIDGE_LOG: optionalText,
  NEXT_DIST_DIR: optionalText,
  TEST_DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//i.test(v), {
    message: "harus postgresql://…",
  }),
  CHROMIUM_PATH: optionalText,
  E2E_PORT: port,
  MULTI_PORT: port,
});

export type TEnv = z.output<typeof ZEnv>;
export type EnvName = keyof z.input<typeof ZEnv>;

/** What the README's table says of each variable: its default and who reads it. */
export const ENV_DOCS: Record<EnvName, { default: string; scope: "app" | "script" | "test" }> = {
  DATABASE_URL: { default: "`pglite:./.data/pglite`", scope: "app" },
  DATABASE_POOL_MAX: { default: "`10` (connections per process, PostgreSQL server)", scope: "app" },
  AUTH_SECRET: { default: "generated once into `.data/auth-secret`", scope: "app" },
  AUTH_SECRET_1: { default: "unset", scope: "app" },
  PUBLIC_URL: { default: "`http://localhost:3000`", scope: "app" },
  SMTP_URL: { default: "unset (mail waits in the outbox)", scope: "app" },
  MAIL_FROM: { default: "`Portal PPID <no-reply@host of PUBLIC_URL>`", scope: "app" },
  MAIL_MAX_ATTEMPTS: { default: "`5`", scope: "app" },
  MAIL_POLL_SECONDS: { default: "`5`", scope: "app" },
  MAIL_LEASE_SECONDS: { default: "`120`", scope: "app" },
  SESSION_IDLE_MINUTES: { default: "`30`", scope: "app" },
  CITIZEN_SESSION_IDLE_MINUTES: { default: "`120`", scope: "app" },
  PPID_SHUTDOWN_SECONDS: { default: "`25`", scope: "app" },
  PPID_TRUSTED_PROXIES: { default: "`0`", scope: "app" },
  PORT: { default: "`3000`", scope: "script" },
  PPID_HOST: { default: "`localhost`", scope: "script" },
  UPLOAD_DIR: { default: "`./.data/uploads`", scope: "app" },
  PPID_STORAGE: { default: "`database` on a PostgreSQL URL, else `local`", scope: "app" },
  JOB_TOKEN: { default: "unset (job endpoints refuse everyone)", scope: "app" },
  PPID_DISABLE_JOBS: { default: "unset", scope: "app" },
  PPID_JOBS_IN_APP: { default: "`1`", scope: "app" },
  SHADOW_DATABASE_URL: { default: "unset", scope: "script" },
  PRISMA_BRIDGE_LOG: { default: "unset", scope: "script" },
  NEXT_DIST_DIR: { default: "`.next`", scope: "script" },
  TEST_DATABASE_URL: { default: "unset", scope: "test" },
  CHROMIUM_PATH: { default: "`/usr/bin/chromium`", scope: "test" },
  E2E_PORT: { default: "`3100`", scope: "test" },
  MULTI_PORT: { default: "`3120`", scope: "test" },
};

/**
 * Parses the environment; a bad value throws ONE error naming every bad variable, e.g.
 * "Konfigurasi tidak valid: PPID_DISABLE_JOBS harus 1 atau 0 (nilai: "ya")".
 */
/**
 * Which store holds uploaded files: PPID_STORAGE, else the database itself on a PostgreSQL URL,
 * else the local folder UPLOAD_DIR. Here (not in storage.ts) so the seed chooses as the app does.
 */
export function storageKindOf(e: Pick<TEnv, "PPID_STORAGE" | "DATABASE_URL">): "database" | "local" {
  return e.PPID_STORAGE ?? (/^postgres(ql)?:\/\//i.test(e.DATABASE_URL ?? "") ? "database" : "local");
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const picked = Object.fromEntries(Object.keys(ZEnv.shape).map((k) => [k, source[k]]));
  const parsed = ZEnv.safeParse(picked);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const secret = /SECRET|TOKEN|SMTP_URL/.test(name);
    return `${name} ${issue.message}${secret ? "" : ` (nilai: ${JSON.stringify(source[name])})`}`;
  });
  throw new Error(`Konfigurasi tidak valid: ${problems.join("; ")}. Lihat tabel variabel lingkungan di README.`);
}
