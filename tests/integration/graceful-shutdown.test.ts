import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/server/graceful-shutdown.ts in a real process: SIGTERM while a request and a job are in flight.
// (The built app under SIGTERM, with pg-boss, is checked by tests/multi-instance.)

const ROOT = path.resolve(__dirname, "../..");

type Run = { code: number | null; output: string; answer: string; ms: number };

async function signalDuringRequest(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/shutdown-child.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const end = Date.now() + 30_000;
  while (!/listening \d+/.test(output)) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`child did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const port = Number(/listening (\d+)/.exec(output)![1]);
  const answer = fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 100)); // the request is in flight
  const started = Date.now();
  child.kill("SIGTERM");
  const [text, code] = await Promise.all([answer, exited]);
  return { code, output, answer: text, ms: Date.now() - started };
}

describe("graceful shutdown", () => {
  it("answers the request in flight, waits for the job in flight, then exits 0", async () => {
    const run = await signalDuringRequest({ STOP_MS: "1500" });
    expect(run.answer).toBe("slow answer, job done: false");
    expect(run.output).toContain("job finished");
    // The database is closed last, after the HTTP server (a request in flight still had it).
    expect(run.output).toContain("database closed, server listening: false");
    expect(run.output.indexOf("job finished")).toBeLessThan(run.output.indexOf("database closed"));
    expect(run.output).toContain("berhenti dengan bersih");
    expect(run.code).toBe(0);
    expect(run.ms).toBeGreaterThanOrEqual(1400); // held for the job, not cut at the server's exit
  });

  it("exits 1 once the bound has passed when a job never ends", async () => {
    const run = await signalDuringRequest({ STOP_MS: "hang", BOUND_SECONDS: "1" });
    expect(run.answer).toBe("slow answer, job done: false");
    expect(run.code).toBe(1);
    expect(run.output).toContain("not finished after 1 s");
    expect(run.ms).toBeLessThan(5_000);
  });
});
