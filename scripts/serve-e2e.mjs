#!/usr/bin/env node
// The server Playwright tests run against: the built app on a fresh embedded database with demo data.
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureAuthSecret, migrateAndSeed } from "./lib/app-setup.mjs";
import { startE2eMailbox } from "./lib/e2e-mailbox.mjs";
import { BIN, ROOT, run, runOrExit, step } from "./lib/run.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.join(ROOT, ".data", `e2e-pglite-${port}`);
rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });
const env = { DATABASE_URL: `pglite:./.data/e2e-pglite-${port}`, UPLOAD_DIR: path.join(ROOT, ".data", `e2e-uploads-${port}`) };
// Mail goes to a real SMTP receiver in this process; specs read it from .data/e2e-mail-<port>.
const mailbox = await startE2eMailbox(path.join(ROOT, ".data", `e2e-mail-${port}`));
Object.assign(env, { SMTP_URL: mailbox.url, PUBLIC_URL: `http://localhost:${port}`, MAIL_POLL_SECONDS: "1", MAIL_FROM: "PPID Demo <ppid@kupang.demo>" });
// As behind one reverse proxy: specs choose their address with X-Forwarded-For (the last entry counts).
env.PPID_TRUSTED_PROXIES = "1";
ensureAuthSecret();
await migrateAndSeed(env);
// E2E only: months-old cases the browser cannot create (scripts/e2e-fixtures.ts).
step("Menambahkan perkara uji e2e (fixture)");
await runOrExit(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/e2e-fixtures.ts"], { env: { ...env, E2E_PORT: port } });
process.exit(await run(BIN("next"), ["start", "-p", port, "-H", "localhost"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } }));
