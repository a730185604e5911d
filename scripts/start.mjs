#!/usr/bin/env node
// `npm start`: migrate, seed when empty, build when needed, serve on http://localhost:3000.
import { buildIfNeeded, ensureAuthSecret, generateClientIfMissing, migrateAndSeed } from "./lib/app-setup.mjs";
import { BIN, run, step } from "./lib/run.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const host = process.env.PPID_HOST ?? "localhost";

ensureAuthSecret();
await generateClientIfMissing();
await migrateAndSeed();
if (!dev) await buildIfNeeded();

if (!process.env.SMTP_URL?.trim()) {
  step("SMTP_URL belum diatur: surel tidak dikirim; pesan menunggu di Kotak keluar (/kantor/kotak-keluar) dan dapat dibaca di sana.");
}
step(`Portal PPID berjalan di http://localhost:${port} (hentikan dengan Ctrl+C)`);
const code = await run(BIN("next"), [dev ? "dev" : "start", "-p", port, "-H", host], {
  env: { NEXT_TELEMETRY_DISABLED: "1" },
  forwardSignals: true,
});
process.exit(code);
