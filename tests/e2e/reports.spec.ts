import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";

// Reports on the demo register (prisma/seed-data/demo-case-plan.ts): the PPID Utama writes the
// year's texts, the Atasan downloads the PDF and XLSX, a dashboard number opens the same rows in
// the register, and the public Statistik page reads at 360 px without personal data.

test("PPID Utama enters the 2025 texts; the Atasan downloads the PDF and XLSX", async ({ browser }) => {
  const utamaContext = await browser.newContext();
  const utama = await utamaContext.newPage();
  await signIn(utama, DEMO.utama);
  await expect(utama).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await utama.goto("/kantor/laporan?periode=2025");
  await expect(utama.getByRole("heading", { name: "Laporan layanan informasi publik", exact: true })).toBeVisible();
  await expect(utama.getByText("Jumlah permohonan informasi publik yang diterima: 60.")).toBeVisible();
  await utama.getByRole("textbox", { name: "Gambaran umum kebijakan pelayanan informasi publik" }).fill("Layanan informasi diatur dengan Peraturan Wali Kota tentang PPID (demo e2e).");
  await utama.getByRole("textbox", { name: "Jumlah petugas layanan informasi" }).fill("7");
  await utama.getByRole("textbox", { name: "Anggaran (rupiah)", exact: true }).fill("150.000.000");
  await utama.getByRole("textbox", { name: "Kendala dalam pelaksanaan layanan" }).fill("Jaringan internet di kantor sering terputus.");
  await utama.getByRole("button", { name: "Simpan uraian" }).click();
  await expect(utama.getByRole("status")).toContainText("Uraian laporan disimpan.");
  await utama.reload();
  await expect(utama.getByRole("article").getByText("Layanan informasi diatur dengan Peraturan Wali Kota tentang PPID (demo e2e).")).toBeVisible();
  await expectNoAxeViolations(utama);
  await utamaContext.close();

  const atasanContext = await browser.newContext({ acceptDownloads: true });
  const atasan = await atasanContext.newPage();
  await signIn(atasan, DEMO.atasan);
  await expect(atasan).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await atasan.goto("/kantor/laporan?periode=2025");
  await expect(atasan.getByRole("button", { name: "Simpan uraian" })).toHaveCount(0);
  const dir = mkdtempSync(path.join(tmpdir(), "laporan-e2e-"));
  const [pdfDownload] = await Promise.all([atasan.waitForEvent("download"), atasan.getByRole("link", { name: "Unduh PDF" }).click()]);
  const pdf = path.join(dir, "laporan.pdf");
  await pdfDownload.saveAs(pdf);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  expect(text).toContain("PEMERINTAH KOTA KUPANG");
  expect(text).toContain("Layanan informasi diatur dengan Peraturan Wali Kota tentang PPID (demo e2e).");
  expect(text).toMatch(/Dikabulkan seluruhnya\s+33/);
  // Looked at as pictures (kept under test-results for a person to open).
  execFileSync("pdftoppm", ["-r", "50", "-png", pdf, path.join(dir, "halaman")]);
  expect(readdirSync(dir).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(3);
  const [xlsxDownload] = await Promise.all([atasan.waitForEvent("download"), atasan.getByRole("link", { name: "Unduh XLSX" }).click()]);
  const xlsx = path.join(dir, "laporan.xlsx");
  await xlsxDownload.saveAs(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const rows = workbook.getWorksheet("Laporan")!.getSheetValues().filter(Boolean) as unknown[][];
  expect(rows.find((r) => r[1] === "Jumlah petugas layanan informasi")?.[2]).toBe(7);
  expect(rows.find((r) => r[1] === "Ditolak")?.[2]).toBe(9);
  writeFileSync(path.join(dir, "ok"), "");
  await atasanContext.close();
});

test("a dashboard number opens exactly those rows of the register", async ({ page }) => {
  await signIn(page, DEMO.utama);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  const dashboard = page.getByTestId("dasbor-laporan");
  const link = dashboard.getByRole("link", { name: /^\d+ — diterima Mar 2026, buka di register/ });
  const count = Number(await link.textContent());
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/dari=2026-03-01&sampai=2026-03-31/, { timeout: 30_000 });
  await expect(page.locator("tbody tr")).toHaveCount(count);
  await page.goto("/kantor");
  const overdue = page.getByTestId("dasbor-laporan").getByRole("link", { name: /^\d+ — Melewati batas waktu/ });
  const late = Number(await overdue.textContent());
  await overdue.click();
  await expect(page).toHaveURL(/terlambat=1/, { timeout: 30_000 });
  // The badge is in each table row and again in the phone card of that row: count the table rows.
  await expect(page.locator("tbody tr").filter({ hasText: "Terlambat:" })).toHaveCount(late);
  await page.goto("/kantor");
  await expectNoAxeViolations(page);
});

test("the public Statistik page: charts with tables, CSV, no personal data, readable at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/statistik/2025");
  await expect(page.getByRole("heading", { name: "Statistik layanan 2025" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Keputusan atas permohonan" })).toContainText("33");
  const body = await page.locator("main").innerText();
  for (const forbidden of ["(Demo)", "@contoh.demo", "Jl. Contoh", "0812000"]) expect(body).not.toContain(forbidden);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/statistik/csv?tahun=2025");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Dikabulkan seluruhnya,33");
  for (const forbidden of ["(Demo)", "@contoh.demo", "Jl. Contoh", "0812000"]) expect(text).not.toContain(forbidden);
});
