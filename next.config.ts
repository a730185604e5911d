import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { isHttpsUrl, STATIC_HTML_QUERY_PAGES, STATIC_HTML_SOURCES, staticHtmlHeaders } from "./lib/domain/security-headers";

export default function config(phase: string): NextConfig {
  const https = isHttpsUrl(process.env.PUBLIC_URL);
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    // A separate build folder lets parallel checkouts/test runs build side by side (default .next).
    distDir: process.env.NEXT_DIST_DIR || ".next",
    // PGlite ships wasm + data files that must be loaded from node_modules at run time, not bundled.
    serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@react-pdf/renderer", "exceljs", "pg-boss", "nodemailer"],
    poweredByHeader: false,
    // Pages and cached reads live in our handler: bounded memory, tag revocations shared through
    // PostgreSQL between instances, and build-time placeholders never served (lib/cache/).
    cacheHandler: path.resolve(process.cwd(), "lib/cache/next-cache-handler.cjs"),
    cacheMaxMemorySize: 0,
    experimental: {
      serverActions: { bodySizeLimit: "6mb" },
    },
    // Security headers (CSP with a per-request nonce, HSTS, Permissions-Policy, …) are set in proxy.ts,
    // except on the cached pages: a proxy pass would double what a cached hit costs, so their
    // (nonce-free) headers are set here, and the proxy runs for them only when something is posted.
    // The https choice is made at build time: instrumentation.ts warns when PUBLIC_URL disagrees.
    env: { PPID_BUILT_HTTPS: https ? "1" : "0" },
    async headers() {
      const headers = staticHtmlHeaders(https, dev);
      return [
        ...STATIC_HTML_SOURCES.map((source) => ({ source, headers })),
        ...STATIC_HTML_QUERY_PAGES.map((p) => ({ source: p.path, missing: missingKeys(p.keys), headers })),
      ];
    },
    // The plain catalogue and the calculator's empty form go to their cached twins; with a search or
    // a question they render per request. beforeFiles: the original path is a page of its own.
    async rewrites() {
      return { beforeFiles: STATIC_HTML_QUERY_PAGES.map((p) => ({ source: p.path, missing: missingKeys(p.keys), destination: p.twin })), afterFiles: [], fallback: [] };
    },
  };
}

function missingKeys(keys: readonly string[]): { type: "query"; key: string }[] {
  return keys.map((key) => ({ type: "query", key }));
}
