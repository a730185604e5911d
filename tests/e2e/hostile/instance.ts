import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

// The hostile-input and authorization suites run their own instance of the built app on their own
// embedded database: they prepare it before the app starts and the hostile suite stops the app to
// count every table and every stored file before and after (PGlite serves one process at a time; the
// shared e2e server's database cannot be read while it runs).

const ROOT = path.resolve(__dirname, "../../..");
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** `log`: the server's output (hostile input makes libraries log a lot), kept out of the test report. */
export type Instance = { baseURL: string; dataDir: string; uploadDir: string; log: string; env: Record<string, string> };

export function instanceFor(port: number, name: string): Instance {
  const dataDir = path.join(ROOT, ".data", `${name}-pglite-${port}`);
  const uploadDir = path.join(ROOT, ".data", `${name}-uploads-${port}`);
  return {
    baseURL: `http://localhost:${port}`,
    dataDir,
    uploadDir,
    log: path.join(ROOT, ".data", `${name}-server-${port}.log`),
    env: {
      DATABASE_URL: `pglite:${dataDir}`,
      UPLOAD_DIR: uploadDir,
      PUBLIC_URL: `http://localhost:${port}`,
      PORT: String(port),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      // No scheduled job may write while the suite counts rows.
      PPID_DISABLE_JOBS: "1",
      // The suite spreads its requests over addresses it writes into X-Forwarded-For, as a proxy would.
      PPID_TRUSTED_PROXIES: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  };
}

/** Runs a command to its end; resolves with what it printed. */
export function run(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} ${args.join(" ")}: ${code}\n${err}`))));
  });
}

export async function prepare(instance: Instance): Promise<void> {
  for (const p of [instance.dataDir, `${instance.dataDir}.lock`, instance.uploadDir]) rmSync(p, { recursive: true, force: true });
  await run(BIN("prisma"), ["migrate", "deploy"], instance.env);
  await run(BIN("tsx"), ["prisma/seed.ts", "--if-empty"], instance.env);
}

/** A script of the project run as the app runs its server code (lib/server under react-server). */
export function runServerScript(instance: Instance, file: string): Promise<string> {
  return run(process.execPath, ["--conditions=react-server", "--import", "tsx", file], instance.env);
}

export async function start(instance: Instance, port: number): Promise<ChildProcess> {
  const child = spawn(BIN("next"), ["start", "-p", String(port), "-H", "localhost"], {
    cwd: ROOT,
    env: { ...process.env, ...instance.env },
    stdio: ["ignore", openSync(instance.log, "w"), openSync(instance.log, "a")],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${instance.baseURL}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`the instance did not start (see ${instance.log})`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** Rows of every table of the portal (sessions aside: signing in makes them), and the stored files. */
export async function countEverything(instance: Instance): Promise<Record<string, number>> {
  const db = new PGlite(instance.dataDir);
  try {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      if (name === "UserSession") continue;
      const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
      counts[name] = Number(r.rows[0]!.n);
    }
    counts["files on disk"] = countFiles(instance.uploadDir);
    return counts;
  } finally {
    await db.close();
  }
}

function countFiles(dir: string): number {
  let n = 0;
  try {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      n += statSync(p).isDirectory() ? countFiles(p) : 1;
    }
  } catch {}
  return n;
}
