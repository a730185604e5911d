#!/usr/bin/env node
// `npm run worker`: the job engine alone (scripts/worker.ts), for PostgreSQL deployments that set
// PPID_JOBS_IN_APP=0 in the app. The portal's TypeScript is bundled first (esbuild, ESM, packages
// left external) into .data/worker/worker.mjs and then run in this same process (SIGKILL kills the
// sender). Why not tsx: tsx loads the .ts/.tsx sources as CommonJS, and @react-pdf (the letter PDFs
// attached to mails) is ESM-only with "import"-only subpath exports; under --conditions=react-server
// its reconciler also meets React's server build. As plain Node ESM both work; "server-only" (which
// throws outside the react-server condition) is mapped to an empty module, as in the tests.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(ROOT, ".data", "worker");
mkdirSync(dir, { recursive: true });
const empty = path.join(dir, "server-only-empty.mjs");
writeFileSync(empty, "export {};\n");
const outfile = path.join(dir, "worker.mjs");

await build({
  entryPoints: [path.join(ROOT, "scripts", "worker.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  logLevel: "warning",
  // next has no "exports" map: Node's ESM resolver needs the file names.
  alias: { "@": ROOT, "server-only": empty, "next/cache": "next/cache.js", "next/headers": "next/headers.js", "next/navigation": "next/navigation.js" },
  banner: {
    js: [
      "import { createRequire as __ppidRequire } from 'node:module';",
      "import { fileURLToPath as __ppidPath } from 'node:url';",
      "const require = __ppidRequire(import.meta.url);",
      "const __filename = __ppidPath(import.meta.url);",
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(" "),
  },
});
await import(pathToFileURL(outfile).href);
