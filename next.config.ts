import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
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
  // Security headers (CSP with a per-request nonce, HSTS, Permissions-Policy, …) are set in proxy.ts.
};

export default nextConfig;
