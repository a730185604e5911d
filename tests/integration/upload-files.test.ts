import { mkdtemp, readdir, rm, stat, utimes, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage, newStorageKey, sweepStagedUploads } from "@/lib/server/storage";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ppid-uploads-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("local upload storage on disk", () => {
  it("stores files readable by the owner only (0600 files, 0700 folders)", async () => {
    const key = newStorageKey();
    await localStorage(root).put(key, new TextEncoder().encode("%PDF-1.4 ktp"));
    const file = await stat(path.join(root, key));
    const folder = await stat(path.dirname(path.join(root, key)));
    expect(file.mode & 0o777).toBe(0o600);
    expect(folder.mode & 0o077).toBe(0);
  });

  it("sweeps staged files a crash left behind, but not fresh ones or stored files", async () => {
    const key = newStorageKey();
    await localStorage(root).put(key, new TextEncoder().encode("tersimpan"));
    const dir = path.dirname(path.join(root, key));
    await mkdir(dir, { recursive: true });
    const old = path.join(dir, `${path.basename(key)}.part-dead0001`);
    const fresh = path.join(dir, `${path.basename(key)}.part-live0002`);
    await writeFile(old, "ktp setengah");
    await writeFile(fresh, "sedang diunggah");
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(old, hourAgo, hourAgo);
    expect(await sweepStagedUploads(root)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([path.basename(key), path.basename(fresh)].sort());
  });
});
