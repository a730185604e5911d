import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Install hygiene (README "Quick start"): no dependency install script runs unreviewed. npm 11
// blocks them unless package.json's allowScripts allows them; a new dependency that brings one
// fails here until someone decides (npm install-scripts approve|deny <pkg>).

const ROOT = path.resolve(__dirname, "../..");

describe("dependency install scripts", () => {
  it("are all decided in allowScripts", () => {
    const out = execFileSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(out.trim()).toBe("No packages with unreviewed install scripts.");
  });
});
