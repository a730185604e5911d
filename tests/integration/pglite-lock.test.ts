import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquirePgliteLock } from "@/scripts/pglite-lock.mjs";

const LOCK_MODULE = path.resolve(__dirname, "../../scripts/pglite-lock.mjs");
const base = mkdtempSync(path.join(tmpdir(), "ppid-lock-"));
const dataDir = path.join(base, "pglite");
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A second process tries to open the same embedded database directory. */
function secondProcess() {
  const script = `import { acquirePgliteLock } from ${JSON.stringify(LOCK_MODULE)};
    try { acquirePgliteLock(process.argv[1], { waitMs: 0 }); console.log("GOT"); }
    catch (e) { console.error(e.message); process.exit(3); }`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script, dataDir], { encoding: "utf8" });
}

describe("the embedded database is single-process", () => {
  it("a second process gets a clear message while the first holds it, and may open it once released", () => {
    const release = acquirePgliteLock(dataDir, { waitMs: 0 });
    const refused = secondProcess();
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/sedang dipakai oleh proses \d+/);
    expect(refused.stderr).toContain(String(process.pid));
    release();
    const allowed = secondProcess();
    expect(allowed.status).toBe(0);
    expect(allowed.stdout.trim()).toBe("GOT");
  });

  it("takes over a lock left by a process that died", () => {
    const crashed = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `import { acquirePgliteLock } from ${JSON.stringify(LOCK_MODULE)}; acquirePgliteLock(process.argv[1], { waitMs: 0 }); process.kill(process.pid, "SIGKILL");`, dataDir],
      { encoding: "utf8" },
    );
    expect(crashed.signal).toBe("SIGKILL");
    expect(secondProcess().status).toBe(0);
  });
});
