import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Demo catalogue (prisma/seed-data/dip.ts): DIP-001 is the APBD 2026, DIP-028 a draft, DIP-030 exempt.

test("a visitor searches the catalogue, opens an entry and sees all its fields", async ({ page }) => {
  await page.goto("/informasi-publik");
  await page.getByLabel("Kata kunci").fill("anggaran pendapatan");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=anggaran\+pendapatan/);
  await expect(page.getByRole("status")).toContainText("untuk “anggaran pendapatan”");
  await page.getByRole("link", { name: /Anggaran Pendapatan dan Belanja Daerah/ }).click();

  await expect(page).toHaveURL(/\/informasi-publik\/DIP-001$/);
  await expect(page).toHaveTitle(/Anggaran Pendapatan dan Belanja Daerah.*DIP-001/);
  await expect(page.getByRole("heading", { level: 1, name: /Anggaran Pendapatan dan Belanja Daerah/ })).toBeVisible();
  const details = page.getByRole("region", { name: "Rincian informasi" });
  for (const label of [
    "Nomor",
    "Kategori",
    "Ringkasan isi informasi",
    "Pejabat atau unit yang menguasai informasi",
    "Penanggung jawab pembuatan atau penerbitan",
    "Waktu pembuatan",
    "Tempat pembuatan",
    "Bentuk informasi",
    "Jangka waktu penyimpanan",
    "Tahun",
    "Tautan",
    "Diterbitkan",
    "Terakhir diperbarui",
  ]) {
    await expect(details.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(details.getByText("DIP-001", { exact: true })).toBeVisible();
  await expect(details.getByText("5 tahun", { exact: true })).toBeVisible();
  await expect(details.getByText("Badan Pengelolaan Keuangan dan Aset Daerah", { exact: true })).toBeVisible();
  await expect(details.getByText(/pukul \d{2}\.\d{2} WITA/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Dokumen" })).toBeVisible();
});

test("stemming: 'permohonan' finds the SOP whose summary speaks of permohonan", async ({ page }) => {
  await page.goto("/informasi-publik?q=permohonan");
  await expect(page.getByRole("heading", { level: 2, name: /Standar Operasional Prosedur Pelayanan Informasi Publik/ })).toBeVisible();
});

test("filters, sort and pagination give shareable URLs", async ({ page }) => {
  await page.goto("/informasi-publik");
  await expect(page.getByRole("status")).toContainText(/^\d+ informasi ditemukan; menampilkan 1–20/);
  await page.getByRole("navigation", { name: "Halaman hasil" }).getByRole("link", { name: "Berikutnya ›" }).click();
  await expect(page).toHaveURL(/halaman=2/);
  await expect(page.getByRole("status")).toContainText("menampilkan 21–");

  await page.goto("/informasi-publik");
  await page.getByLabel("Kategori").selectOption("SETIAP_SAAT");
  await page.getByLabel("Tahun").selectOption("2025");
  await page.getByLabel("Urutkan").selectOption("judul");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/kategori=SETIAP_SAAT/);
  await expect(page).toHaveURL(/tahun=2025/);
  const results = page.getByRole("list", { name: "Hasil" });
  const headings = await results.getByRole("listitem").getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.length).toBeGreaterThan(1);
  expect(headings).toEqual([...headings].sort((a, b) => a.localeCompare(b, "id")));
  for (const item of await results.getByRole("listitem").all()) {
    await expect(item).toContainText("Informasi setiap saat");
    await expect(item).toContainText("Tahun 2025");
  }
});

test("bad query values fall back to defaults instead of failing", async ({ page }) => {
  const response = await page.goto("/informasi-publik?tahun=abc&kategori=DIKECUALIKAN&halaman=-1&urut=x");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("informasi ditemukan");
});

test("drafts and exempt entries answer 404 on their entry page", async ({ page }) => {
  for (const number of ["DIP-028", "DIP-030", "TIDAK-ADA", "100%"]) {
    const response = await page.goto(`/informasi-publik/${encodeURIComponent(number)}`);
    expect(response?.status(), number).toBe(404);
  }
});

test("the DIK page shows the legal basis and consequence test, never the content", async ({ page }) => {
  await page.goto("/informasi-publik");
  await page.getByRole("navigation", { name: "Jenis daftar informasi" }).getByRole("link", { name: "Informasi yang dikecualikan" }).click();
  await expect(page).toHaveURL(/\/informasi-dikecualikan$/);
  const medis = page.getByRole("article", { name: "Rekam Medis Pasien Puskesmas" });
  await expect(medis.getByText("Pasal 17 huruf h UU 14/2008")).toBeVisible();
  await expect(medis.getByText("Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan")).toBeVisible();
  await expect(medis.getByText("Akibat bila informasi dibuka")).toBeVisible();
  await expect(medis.getByText(/Nomor 188\.45\/02\/PPID-KPG\/2026, tanggal 10 Februari 2026/)).toBeVisible();
  const tender = page.getByRole("article", { name: /Dokumen Penawaran Peserta Tender/ });
  await expect(tender.getByText("Pasal 17 huruf b UU 14/2008")).toBeVisible();
  await expect(tender.getByText(/31 Desember 2026/)).toBeVisible();
  await expect(page.locator('main a[href^="/api/dokumen/"]')).toHaveCount(0);
});

test("the serta-merta page lists announcements with date and time in the office zone", async ({ page }) => {
  await page.goto("/serta-merta");
  await expect(page.getByRole("heading", { level: 1, name: "Informasi serta merta" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Peringatan Dini Cuaca Ekstrem/ })).toBeVisible();
  await expect(page.getByText(/Diterbitkan \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA/).first()).toBeVisible();
});

test("the open data endpoints answer JSON and CSV, and 400 on bad parameters", async ({ request }) => {
  const json = await request.get("/api/v1/dip?q=anggaran&perHalaman=5");
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body).toMatchObject({ page: 1, pageSize: 5 });
  expect(body.items[0].url).toMatch(/\/informasi-publik\/DIP-\d+$/);
  const bad = await request.get("/api/v1/dip?tahun=dua-ribu");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.parameter).toBe("tahun");
  const csv = await request.get("/api/v1/dip.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Nomor,Judul,Ringkasan isi");
});

for (const path of ["/informasi-publik", "/informasi-publik?q=anggaran&urut=judul", "/informasi-publik/DIP-001", "/informasi-dikecualikan", "/serta-merta"]) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the list, its filters and its pages work with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/informasi-publik");
  await page.getByLabel("Kata kunci").fill("puskesmas");
  await page.getByLabel("Kategori").selectOption("SETIAP_SAAT");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/q=puskesmas.*kategori=SETIAP_SAAT/);
  await expect(page.getByRole("heading", { level: 2, name: "Daftar Puskesmas dan Jam Pelayanan" })).toBeVisible();
  await page.getByRole("link", { name: "Daftar Puskesmas dan Jam Pelayanan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Daftar Puskesmas dan Jam Pelayanan" })).toBeVisible();
  await page.goto("/informasi-publik");
  await page.getByRole("link", { name: "Berikutnya ›" }).click();
  await expect(page.getByRole("status")).toContainText("menampilkan 21–");
  await context.close();
});
