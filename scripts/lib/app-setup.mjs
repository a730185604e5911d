import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BIN, ROOT, runOrExit, step } from "./run.mjs";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma"];
const SOURCE_FILES = ["next.config.ts", "tailwind.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

/** A session secret kept beside the data (git-ignored) so sign-ins survive restarts. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // On a PostgreSQL server several instances may serve the same users: a secret generated into one
  // machine's .data would sign cookies the others cannot read. Refuse instead of guessing.
  if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "")) {
    console.error(
      "\n✗ AUTH_SECRET belum diatur. Dengan DATABASE_URL PostgreSQL, setiap instans harus memakai rahasia sesi yang sama:\n" +
        "  buat sekali (mis. `openssl rand -base64 32`) dan atur AUTH_SECRET yang sama di semua instans.\n" +
        "  Pergantian rahasia: atur AUTH_SECRET_1=<baru> dan biarkan AUTH_SECRET=<lama> selama masa sesi (8 jam).\n",
    );
    process.exit(1);
  }
  const file = path.join(ROOT, ".data", "auth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  return process.env.AUTH_SECRET;
}

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    if (name === "generated" || name === "node_modules") continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

function sourceHash() {
  const files = [];
  for (const s of SOURCES) {
    const p = path.join(ROOT, s);
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) walk(p, files);
    else files.push(p);
  }
  for (const f of SOURCE_FILES) if (existsSync(path.join(ROOT, f))) files.push(path.join(ROOT, f));
  const h = createHash("sha256");
  // next.config bakes the cached pages' headers (HSTS, upgrade-insecure-requests) for http or https.
  h.update(`https:${(process.env.PUBLIC_URL ?? "").toLowerCase().startsWith("https:")}\0`);
  for (const f of files) h.update(path.relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

export async function generateClientIfMissing() {
  if (existsSync(path.join(ROOT, "lib", "generated", "prisma", "client.ts"))) return;
  step("Membuat Prisma Client");
  await runOrExit(BIN("prisma"), ["generate"]);
}

/** Builds only when the sources changed since the last build (a second start reuses it). */
export async function buildIfNeeded(distDir = DIST) {
  const dist = path.resolve(ROOT, distDir);
  const hashFile = path.join(dist, "ppid-source-hash");
  const hash = sourceHash();
  const built = existsSync(path.join(dist, "BUILD_ID")) && existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash;
  if (built) {
    console.log("\n✓ Build terbaru sudah ada; tidak perlu build ulang.");
    return;
  }
  step("Membangun aplikasi (next build)");
  await runOrExit(BIN("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: path.relative(ROOT, dist) } });
  writeFileSync(hashFile, hash);
}

export async function migrateAndSeed(env = {}) {
  step("Menerapkan migrasi basis data");
  await runOrExit(BIN("prisma"), ["migrate", "deploy"], { env });
  step("Mengisi data demo bila basis data masih kosong");
  await runOrExit(BIN("tsx"), ["prisma/seed.ts", "--if-empty"], { env });
}
