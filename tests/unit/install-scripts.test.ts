import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Install hygiene (README "Quick start"): no dependency install script runs unreviewed. npm 11
// blocks them unless package.json's allowScripts allows them; a new dependency that brings one
// fails here until someone decides (npm install-scripts approve|deny <pkg>).

const ROOT = path.resolve(__dirname, "../..");

/** The packages npm lists as not covered by allowScripts, as "name@version". */
function unreviewed(): string[] {
  const out = execFileSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return [...out.matchAll(/^\s+((?:@[^/\s]+\/)?[^@\s]+)@(\S+) \(/gm)].map((m) => `${m[1]}@${m[2]}`);
}

/** What `npm ci` installs: the lockfile's packages (a stale node_modules may hold removed ones). */
function locked(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
  return new Set(
    Object.entries(lock.packages)
      .filter(([key, entry]) => key.includes("node_modules/") && entry.version)
      .map(([key, entry]) => `${key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length)}@${entry.version}`),
  );
}

describe("dependency install scripts", () => {
  it("are all decided in allowScripts", () => {
    const installed = locked();
    expect(unreviewed().filter((pkg) => installed.has(pkg))).toEqual([]);
  });
});
