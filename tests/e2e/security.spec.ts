import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

// The proxy's gate and headers against the built app: hostile URLs and bodies get a clean 4xx (never
// a 500), and every kind of page carries a strict CSP under which it still boots in Chromium.

const violations = (page: Page) => {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) seen.push(m.text());
  });
  return seen;
};

async function expectBootedUnderCsp(page: Page, path: string, seen: string[]) {
  const response = await page.goto(path);
  const csp = response!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src [^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response!.headers()["permissions-policy"]).toContain("camera=()");
  // Next's client runtime ran (it sets window.next once its scripts executed).
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))).toBe(true);
  expect(seen).toEqual([]);
}

test("public, form, citizen and office pages boot under the nonce CSP with nothing blocked", async ({ page }) => {
  const seen = violations(page);
  for (const path of ["/informasi-publik?q=anggaran", "/kalkulator-hari-kerja?aturan=REQUEST_RESPONSE&tanggal=2026-03-17", "/lacak", "/permohonan/ajukan", "/masuk", "/daftar"]) await expectBootedUnderCsp(page, path, seen);
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  await expectBootedUnderCsp(page, "/akun", seen);
});

test("cached public pages (STATIC_HTML_PATHS) boot under the nonce-free policy with nothing blocked", async ({ page }) => {
  const seen = violations(page);
  for (const path of ["/", "/profil", "/informasi-publik/DIP-001", "/informasi-publik", "/kalkulator-hari-kerja"]) {
    await page.goto(path);
    const response = await page.goto(path); // the second visit is served from the cache
    const csp = response!.headers()["content-security-policy"];
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))).toBe(true);
  }
  expect(seen).toEqual([]);
});

test("office pages boot under the CSP", async ({ page }) => {
  const seen = violations(page);
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/);
  for (const path of ["/kantor", "/kantor/permohonan"]) await expectBootedUnderCsp(page, path, seen);
});

test("hostile URLs get a 400 in Indonesian, never a 500", async ({ request }) => {
  for (const url of [
    "/lacak?nomor=a&nomor=b&kode=ABCDEFGH",
    "/informasi-publik?q=%00",
    "/api/v1/dip?q=%00",
    "/api/v1/dip.csv?q=%00",
    "/api/dokumen/%00",
    "/api/surat/%00",
    "/api/kantor/sengketa/%00/bundle",
    "/masuk?callbackUrl=/%09/evil.example/x",
  ]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    expect(await res.text()).toMatch(/tidak diizinkan|lebih dari sekali/);
  }
});

test("server-action posts: wrong origin 403, non-form body 400, oversize 413", async ({ request }) => {
  const action = { "next-action": "0".repeat(42) };
  const foreign = await request.post("/masuk", { headers: { ...action, origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }, data: "--x--" });
  expect(foreign.status()).toBe(403);
  // A cached page skips the proxy only on a plain visit: a post to it passes the same gate.
  const foreignToCached = await request.post("/profil", { headers: { ...action, origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }, data: "--x--" });
  expect(foreignToCached.status()).toBe(403);
  const notForm = await request.post("/masuk", { headers: { ...action, "content-type": "application/json" }, data: "[]" });
  expect(notForm.status()).toBe(400);
  const bigText = await request.post("/masuk", { headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "[" + "1,".repeat(5000) + "1]" });
  expect(bigText.status()).toBe(400);
  const big = await request.post("/masuk", { headers: { ...action, "content-type": "application/x-www-form-urlencoded" }, data: "a=" + "x".repeat(7 * 1024 * 1024) });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain("terlalu besar");
});

test("a session cookie replayed after sign-out downloads nothing", async ({ page, playwright, baseURL }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/);
  const cookies = await page.context().cookies();
  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await replay.get("/api/kantor/permohonan/export?format=csv")).status()).toBe(200);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  const after = await replay.get("/api/kantor/permohonan/export?format=csv", { maxRedirects: 0 });
  expect(after.status()).not.toBe(200);
  await replay.dispose();
});

test("the per-address limit counts the address the trusted proxy appended, not what the client wrote", async ({ request }) => {
  // serve-e2e.mjs starts the app with PPID_TRUSTED_PROXIES=1: the last X-Forwarded-For entry is the
  // client. Everything before it, and a forged x-ppid-peer, is the client's own writing and changes nothing.
  const from = (i: number, client = "198.51.100.77") => ({
    headers: { "x-forwarded-for": `10.${i >> 8}.${i & 255}.1, ${client}`, "x-ppid-peer": `10.0.${i >> 8}.${i & 255}` },
  });
  const statuses: number[] = [];
  // publicApiIp: 300 a minute; the 300th is the one refused.
  for (let i = 0; i < 299; i += 23) {
    const batch = Array.from({ length: Math.min(23, 299 - i) }, (_, k) => request.get("/api/v1/deadline", from(i + k)));
    statuses.push(...(await Promise.all(batch)).map((r) => r.status()));
  }
  expect(statuses.filter((s) => s === 429)).toEqual([]);
  expect(statuses).toHaveLength(299);
  const refused = await request.get("/api/v1/deadline", from(299));
  expect(refused.status()).toBe(429);
  expect(await refused.text()).toContain("Terlalu banyak permintaan");
  expect((await request.get("/api/v1/deadline", from(300, "198.51.100.78"))).status()).toBe(400);
});
