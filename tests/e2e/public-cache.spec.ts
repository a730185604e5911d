import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

// Public pages are served from the cache (lib/server/public-cache.ts): the same HTML for everyone,
// the signed-in header part filled in by the browser, and a change shows on the next request.

test("cached public pages carry nothing personal; the header island shows who is signed in", async ({ browser }) => {
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, DEMO.citizen);
  await expect(citizen).toHaveURL(/\/akun/);
  const name = (await (await citizen.request.get("/api/sesi")).json()).name as string;
  expect(name.length).toBeGreaterThan(2);

  for (const path of ["/", "/profil", "/informasi-publik/DIP-001", "/informasi-publik", "/kalkulator-hari-kerja"]) {
    await citizen.goto(path);
    await expect(citizen.getByRole("banner").getByRole("link", { name })).toBeVisible();
    const html = await (await citizen.request.get(path)).text();
    expect(html).not.toContain(name);
    expect(html).not.toContain(DEMO.citizen);
  }

  const anonymous = await browser.newContext();
  // Parallel specs may publish a DIP entry or change settings (which revokes the home page) at any
  // moment, so a repeat may miss; but a page is cached from the render after the last revocation,
  // so back-to-back fetches must soon come from the cache (case changes no longer revoke it).
  let again = await anonymous.request.get("/");
  await expect
    .poll(async () => {
      again = await anonymous.request.get("/");
      expect(await again.text()).not.toContain(name);
      return again.headers()["x-nextjs-cache"];
    }, { timeout: 15_000, intervals: [100, 250, 500] })
    .toBe("HIT");
  expect(again.headers()["cache-control"]).not.toContain("private");
  expect(await again.text()).not.toContain(name);
  const visitor = await anonymous.newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
  await expect(visitor.getByText(name)).toHaveCount(0);

  const session = await anonymous.request.get("/api/sesi");
  expect(await session.json()).toBeNull();
  expect(session.headers()["cache-control"]).toContain("no-store");
});

test("the plain catalogue and the calculator's empty form come from the cache; a search or a question does not", async ({ request }) => {
  for (const path of ["/informasi-publik", "/kalkulator-hari-kerja"]) {
    await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { timeout: 15_000, intervals: [100, 250, 500] }).toBe("HIT");
  }
  const search = await request.get("/informasi-publik?q=anggaran");
  expect(search.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(await search.text()).toContain("<title>Pencarian “anggaran”");
  const asked = await request.get("/kalkulator-hari-kerja?aturan=REQUEST_RESPONSE&tanggal=2026-03-17&jam=10:00");
  expect(asked.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(await asked.text()).toContain("8 April 2026");
});

test("a cached 'not found' entry page and the cached catalogue show the entry as soon as it is published", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  const title = "Jadwal Imunisasi Posyandu Semester II 2026";
  // DIP-029 (seed) awaits the PPID Utama's approval: the public sees a 404, which is now cached,
  // and the catalogue (served from the cache without a query) does not list it.
  expect((await visitor.goto("/informasi-publik/DIP-029"))?.status()).toBe(404);
  expect((await visitor.goto("/informasi-publik/DIP-029"))?.status()).toBe(404);
  // Parallel specs may revoke the "dip" tag at any moment, so poll until a visit is a hit.
  await expect
    .poll(async () => {
      const catalogue = await visitor.request.get("/informasi-publik");
      expect(await catalogue.text()).not.toContain(title);
      return catalogue.headers()["x-nextjs-cache"];
    }, { timeout: 15_000, intervals: [100, 250, 500] })
    .toBe("HIT");

  const utama = await (await browser.newContext()).newPage();
  await signIn(utama, DEMO.utama);
  await expect(utama).toHaveURL(/\/kantor/);
  await utama.goto("/kantor/dip");
  await utama.getByRole("link", { name: /Usulan menunggu persetujuan/ }).click();
  await utama.getByRole("link", { name: "Jadwal Imunisasi Posyandu Semester II 2026" }).click();
  await utama.getByRole("button", { name: "Sahkan dan terbitkan" }).click();
  await expect(utama.getByText("Entri disahkan dan diterbitkan di Daftar Informasi Publik.")).toBeVisible();

  expect((await visitor.goto("/informasi-publik/DIP-029"))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await visitor.goto("/informasi-publik");
  await expect(visitor.getByRole("heading", { level: 2, name: title })).toBeVisible();
});
