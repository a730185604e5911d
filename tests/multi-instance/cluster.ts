import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// Two (or more) built app instances (`next start`) on one PostgreSQL database, as behind a load
// balancer: same DATABASE_URL, AUTH_SECRET and PUBLIC_URL, each with its own local UPLOAD_DIR
// (which must then stay unused: files live in the database).

export const ROOT = path.resolve(__dirname, "../..");
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** The test's own database beside TEST_DATABASE_URL's: `<name>_multi` on the same server. */
export function multiDatabaseUrl(): string {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("TEST_DATABASE_URL (a PostgreSQL server) is required for the multi-instance tests");
  const url = new URL(server);
  url.pathname = `/${url.pathname.slice(1) || "postgres"}_multi`;
  return url.toString();
}

function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return name;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // Connected to the server's own database (TEST_DATABASE_URL), never to the one being replaced.
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database with the committed migrations and the demo data (what `npm start` would do). */
export async function createDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onServer(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(BIN("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync(BIN("tsx"), ["prisma/seed.ts", "--if-empty"], { cwd: ROOT, env, stdio: "pipe" });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export type Instance = {
  name: string;
  url: string;
  uploadDir: string;
  child: ChildProcess;
  /** Everything the process printed (stdout and stderr), for assertions and failure reports. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
};

export type InstanceOptions = { name: string; port: number; env: Record<string, string> };

export function startInstance({ name, port, env }: InstanceOptions): Instance {
  const uploadDir = path.join(ROOT, ".data", `multi-uploads-${name}-${port}`);
  rmSync(uploadDir, { recursive: true, force: true });
  mkdirSync(uploadDir, { recursive: true });
  const child = spawn(BIN("next"), ["start", "-p", String(port), "-H", "localhost"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", UPLOAD_DIR: uploadDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, url: `http://localhost:${port}`, uploadDir, child, output: () => output, exited };
}

/** Waits until /api/health answers 200 (database, job queue and store reachable). */
export async function waitHealthy(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (instance.child.exitCode !== null) throw new Error(`${instance.name} exited:\n${instance.output()}`);
    try {
      if ((await fetch(`${instance.url}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${instance.name} not healthy after ${timeoutMs} ms:\n${instance.output()}`);
}

/** Waits until the process has printed `text` (e.g. the job engine's start line). */
export async function waitForOutput(instance: Instance, text: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!instance.output().includes(text)) {
    if (Date.now() > end) throw new Error(`${instance.name} never printed "${text}":\n${instance.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill("SIGTERM");
  const timer = setTimeout(() => instance.child.kill("SIGKILL"), 30_000);
  await instance.exited;
  clearTimeout(timer);
}
