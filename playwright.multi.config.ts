import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two app instances on one PostgreSQL database (tests/multi-instance; README "Menjalankan beberapa
// instans"). The spec starts and stops the instances itself (one of them is stopped by SIGTERM), so
// there is no webServer here. Needs TEST_DATABASE_URL and a build (`npm run build`);
// `node scripts/test.mjs --only multi` does both checks.
export default defineConfig({
  ...base,
  testDir: "tests/multi-instance",
  workers: 1,
  timeout: 120_000,
  reporter: [["list"], ["json", { outputFile: "test-results/multi.json" }]],
  use: { ...base.use, baseURL: undefined },
  webServer: undefined,
});
