import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name);

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd, args, { env = {}, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
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
