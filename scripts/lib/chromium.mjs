import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { run } from "./run.mjs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

/**
 * Playwright's own browser download cannot work on these machines, so the e2e tests drive the
 * operating system's Chromium. Returns its path, installing Debian's package when we are root.
 */
export async function ensureChromium() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("\n▶ Chromium belum terpasang: memasang paket Debian `chromium` (apt-get)…");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if ((await run("apt-get", ["update", "-qq"], { env })) === 0 &&
        (await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-liberation"], { env })) === 0 &&
        existsSync("/usr/bin/chromium")) {
      return "/usr/bin/chromium";
    }
  }
  console.error(
    [
      "",
      "✗ Chromium tidak ditemukan, dan tidak dapat dipasang otomatis" + (isRoot ? "." : " (perlu root)."),
      "  Pasang Chromium dari paket sistem, lalu jalankan ulang `npm test`:",
      "    Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
      "  atau tunjuk Chromium yang sudah ada:  CHROMIUM_PATH=/path/ke/chromium npm test",
      "  (Unduhan browser milik Playwright tidak dipakai: mesin ini hanya menjangkau registri npm dan arsip Debian.)",
    ].join("\n"),
  );
  process.exit(1);
}

export function chromiumVersion(path) {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "versi tidak diketahui";
  }
}
