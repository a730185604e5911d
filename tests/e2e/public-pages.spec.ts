import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const PAGES = [
  { path: "/", heading: /Layanan Informasi Publik/ },
  { path: "/profil", heading: /Profil/ },
  { path: "/informasi-publik", heading: "Daftar Informasi Publik" },
  { path: "/permohonan", heading: "Permohonan informasi" },
  { path: "/keberatan", heading: "Keberatan" },
  { path: "/lacak", heading: "Lacak permohonan" },
  { path: "/statistik", heading: "Statistik layanan" },
  { path: "/prosedur", heading: "Prosedur layanan" },
  { path: "/masuk", heading: "Masuk" },
  { path: "/daftar", heading: "Daftar sebagai pemohon" },
  { path: "/kalkulator-hari-kerja", heading: "Kalkulator Hari Kerja" },
];

for (const p of PAGES) {
  test(`public page ${p.path} has its heading, the main navigation and no axe violations`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    for (const label of ["Beranda", "Profil", "Informasi Publik", "Permohonan", "Keberatan", "Lacak Permohonan", "Statistik"]) {
      await expect(nav.getByRole("link", { name: label, exact: true }).first()).toBeAttached();
    }
    await expectNoAxeViolations(page);
  });
}

test("public pages read without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/informasi-publik?q=anggaran");
  await expect(page.getByRole("heading", { level: 2, name: /Anggaran Pendapatan dan Belanja Daerah/ })).toBeVisible();
  await context.close();
});

test("the menu works on a small phone screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("link", { name: "Profil", exact: true }).first().click();
  await expect(page).toHaveURL(/\/profil$/);
  await context.close();
});

test("the working-day calculator shows the due date and the holidays it skipped", async ({ page }) => {
  await page.goto("/kalkulator-hari-kerja");
  await page.getByRole("group", { name: "Aturan" }).getByRole("radio", { name: /Jawaban atas permohonan informasi/ }).check();
  await page.getByLabel("Tanggal mulai").fill("2026-03-17");
  await page.getByLabel("Jam (WITA)").fill("10:00");
  await page.getByRole("button", { name: "Hitung" }).click();
  await expect(page).toHaveURL(/aturan=REQUEST_RESPONSE&tanggal=2026-03-17/);
  const result = page.getByRole("region", { name: "Hasil perhitungan" });
  await expect(result.getByText("8 April 2026")).toBeVisible();
  await expect(result.getByText(/^19 Maret 2026: Hari Suci Nyepi/)).toBeVisible();
  await expect(result.getByText(/Idul Fitri/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // On a 360 px phone every rule's name is shown whole: nothing is cut off or scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  const rules = page.getByRole("group", { name: "Aturan" }).getByRole("listitem");
  expect(await rules.count()).toBeGreaterThanOrEqual(6);
  for (const item of await rules.all()) expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/kalkulator-360.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("the favicon and the office logo are served from public/", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/icon/);
  await page.goto("/");
  const logo = page.getByRole("banner").getByRole("img", { name: "Logo kantor" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
