import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_DOCS, parseEnv, ZEnv } from "@/lib/server/env-schema";
import { httpStatusOf, UserError } from "@/lib/server/errors";

const ROOT = path.resolve(__dirname, "../..");

/** The rows of the README's environment table: name → default cell. */
function readmeEnvTable(): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const rows = new Map<string, string>();
  for (const line of readme.split("\n")) {
    const match = /^\| `([A-Z][A-Z0-9_]*)` \| (.+?) \| .+ \|$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

describe("environment schema", () => {
  it("parses an empty environment to the documented defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PPID_DISABLE_JOBS).toBe(false);
    expect(env.UPLOAD_DIR).toBe(path.join(process.cwd(), ".data", "uploads"));
    expect(env.JOB_TOKEN).toBeUndefined();
  });

  it("reads the values it knows and ignores the rest", () => {
    const env = parseEnv({ PPID_DISABLE_JOBS: "1", JOB_TOKEN: " rahasia ", DATABASE_URL: "pglite:memory", HOME: "/root" });
    expect(env).toMatchObject({ PPID_DISABLE_JOBS: true, JOB_TOKEN: "rahasia", DATABASE_URL: "pglite:memory" });
    expect(env).not.toHaveProperty("HOME");
  });

  it("names every bad value in one clear message, and never prints a secret", () => {
    const attempt = () =>
      parseEnv({ DATABASE_URL: "mysql://x", PPID_DISABLE_JOBS: "ya", PORT: "80000", AUTH_SECRET: "pendek-sekali" });
    expect(attempt).toThrow(/^Konfigurasi tidak valid: /);
    expect(attempt).toThrow(/DATABASE_URL harus postgresql:\/\/…, pglite:<folder> atau pglite:memory \(nilai: "mysql:\/\/x"\)/);
    expect(attempt).toThrow(/PPID_DISABLE_JOBS harus 1 atau 0 \(nilai: "ya"\)/);
    expect(attempt).toThrow(/PORT harus nomor port 1–65535/);
    expect(attempt).toThrow(/AUTH_SECRET minimal 32 karakter/);
    expect(attempt).not.toThrow(/pendek-sekali/);
  });

  it("is the README's table: the same variables with the same defaults", () => {
    const table = readmeEnvTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(ZEnv.shape).sort());
    for (const [name, doc] of Object.entries(ENV_DOCS)) expect(table.get(name), name).toBe(doc.default);
  });

  it("is read only through lib/server/env.ts in the app's code", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated") walk(p);
        } else if (/\.(ts|tsx)$/.test(entry.name) && /process\.env\b/.test(readFileSync(p, "utf8"))) {
          offenders.push(path.relative(ROOT, p));
        }
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(path.join(ROOT, dir));
    expect(offenders.sort()).toEqual(["lib/server/env.ts"]);
  });
});

describe("UserError codes", () => {
  it("map to one HTTP status each", () => {
    expect(httpStatusOf(new UserError("NOT_FOUND", "Permohonan tidak ditemukan."))).toBe(404);
    expect(httpStatusOf(new UserError("INVALID_INPUT", "Periksa isian.", { email: "Wajib diisi." }))).toBe(400);
    expect(httpStatusOf(new UserError("INVALID_STATE", "Permohonan sudah diputus."))).toBe(409);
    expect(httpStatusOf(new UserError("TOO_LARGE", "Ukuran berkas melebihi 5 MB."))).toBe(413);
  });
});

