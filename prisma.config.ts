import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Project root: this file's folder.
const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma's native schema engine cannot be downloaded here (only the npm registry is reachable):
// every prisma command spawns this bridge to the WebAssembly engine instead. It understands
// postgresql://… and pglite:<dir> / pglite:memory (embedded PGlite, the default).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts", "prisma-schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Unset → embedded PGlite in ./.data/pglite (relative to the project root, git-ignored).
    url: process.env.DATABASE_URL || "pglite:./.data/pglite",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
