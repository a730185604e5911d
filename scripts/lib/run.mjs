import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name);

/**
 * Runs a command with inherited output; resolves with its exit code. `forwardSignals`: a SIGTERM or
 * SIGINT sent to this process goes to the child, and this process waits for it (the server's
 * graceful shutdown; without it a process manager's SIGTERM would end the launcher and leave the
 * server running).
 */
export function run(cmd, args, { env = {}, cwd = ROOT, forwardSignals = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal) => child.kill(signal);
    const signals = forwardSignals ? ["SIGTERM", "SIGINT"] : [];
    for (const s of signals) process.on(s, forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function runOrExit(cmd, args, options) {
  const code = await run(cmd, args, options);
  if (code !== 0) {
    console.error(`\n✗ Perintah gagal (kode ${code}): ${path.basename(cmd)} ${args.join(" ")}`);
    process.exit(code);
  }
}

export function step(text) {
  console.log(`\n▶ ${text}`);
}
