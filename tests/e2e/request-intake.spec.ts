import { expect, test, type Page } from "@playwright/test";
import { addCalendarDays, computeDeadline, officeLocalToInstant, toOfficeLocalDate } from "../../lib/domain/calendar";
import { formatDateId } from "../../lib/domain/format-date";
import { appCalendarConfig } from "./app-calendar";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";

// Filing a request online and at the desk, the receipt, and tracking (UU 14/2008 Pasal 22).

const ZONE = "Asia/Makassar"; // the demo office (Kupang, WITA)
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function fillRequest(page: Page, over: { nik?: string; information?: string } = {}) {
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill(over.nik ?? "5371015508900002");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(over.information ?? "Data cakupan imunisasi dasar lengkap per puskesmas tahun 2025");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan penelitian skripsi tentang kesehatan anak");
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("group", { name: /Cara mendapatkan salinan/ }).getByRole("radio", { name: "Surel (e-mail)" }).check();
}

test.describe.configure({ mode: "serial" });

let filed: { number: string; code: string } | null = null;

test("bad input on the form shows field messages and creates nothing", async ({ page, browser }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  // Other specs file requests as the same citizen in parallel: look for this test's own text, not a count.
  const marker = `Uji masukan salah ${Date.now()} data imunisasi`;

  await page.goto("/permohonan/ajukan");
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("12345");
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByText("NIK harus 16 angka (sekarang 5).")).toBeVisible();
  await expect(page.getByText("Rincian informasi yang dibutuhkan wajib diisi.").or(page.getByText("Rincian informasi yang dibutuhkan minimal 10 karakter."))).toBeVisible();
  await expect(page.getByText("Pilih cara memperoleh informasi.")).toBeVisible();
  await expect(page.getByText("Unggah pindaian KTP (PDF, JPG, atau PNG).")).toBeVisible();
  await expect(page.getByLabel("NIK (Nomor Induk Kependudukan)")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/permohonan\/ajukan$/);

  // Without JavaScript the server checks the same schema and answers with the same messages.
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();
  await plain.goto("/permohonan/ajukan");
  await fillRequest(plain, { nik: "9971011508900001", information: marker });
  await plain.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(plain.getByText("Dua angka pertama NIK bukan kode provinsi yang dikenal.", { exact: false })).toBeVisible();
  await expect(plain.getByText("Unggah pindaian KTP (PDF, JPG, atau PNG).")).toBeVisible();
  await expect(plain.getByLabel("Rincian informasi yang dibutuhkan")).toHaveValue(/imunisasi/);
  await noJs.close();

  await page.goto("/akun");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(marker)).toHaveCount(0);
});

test("a citizen files a request with a KTP scan and downloads the receipt", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  await page.goto("/permohonan");
  await page.getByRole("link", { name: "Ajukan permohonan informasi" }).click();
  await expect(page.getByRole("heading", { name: "Ajukan Permohonan Informasi" })).toBeVisible();
  // The profile is pre-filled.
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(/Maria Bria/);
  await expect(page.getByLabel("Nomor telepon/HP")).toHaveValue("081234567890");
  await expect(page.getByLabel("Alamat surel (e-mail)")).toHaveValue(DEMO.citizen);
  await expectNoAxeViolations(page);

  await fillRequest(page);
  await page.getByLabel("Pindaian KTP").setInputFiles({ name: "ktp.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();

  await expect(page).toHaveURL(/\/permohonan\/terkirim$/);
  const number = (await page.getByTestId("nomor-pendaftaran").textContent())!.trim();
  expect(number).toMatch(/^\d{3}\/PMH\/PPID-KPG\/\d{4}$/);
  const code = (await page.getByTestId("kode-akses").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  await expect(page.getByTestId("batas-waktu")).toContainText("10 hari kerja");
  await expectNoAxeViolations(page);

  const href = await page.getByRole("link", { name: "Unduh tanda bukti penerimaan (PDF)" }).getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  filed = { number, code };

  await page.getByRole("link", { name: "Lihat semua permohonan saya" }).click();
  await page.getByRole("link", { name: new RegExp(number) }).click();
  await expect(page.getByRole("heading", { name: `Permohonan ${number}` }).first()).toBeVisible();
  await expect(page.getByText("Permohonan diajukan melalui portal")).toBeVisible();
  await expect(page.getByText("Tarik permohonan", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("tracking by number and code shows the status and the receipt letter", async ({ page }) => {
  expect(filed).not.toBeNull();
  await page.goto("/lacak");
  await page.getByLabel("Nomor pendaftaran").fill(filed!.number);
  await page.getByLabel("Kode akses").fill(filed!.code.toLowerCase());
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByTestId("status-permohonan")).toHaveText("Diterima");
  await expect(page.getByText("Permohonan diajukan melalui portal")).toBeVisible();
  await expect(page.getByText(/Sisa \d+ hari kerja/)).toBeVisible();
  const letter = page.getByRole("link", { name: /Tanda Bukti Penerimaan Permohonan Informasi Publik/ });
  await expect(letter).toBeVisible();
  const pdf = await page.request.get((await letter.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expect(page.getByText("Maria Bria")).toHaveCount(0); // no personal data on the public page
  await expectNoAxeViolations(page);

  expect(page.url()).not.toContain(filed!.code);
  await page.getByLabel("Nomor pendaftaran").fill(filed!.number);
  await page.getByLabel("Kode akses").fill("AAAA-AAAA");
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByText("Permohonan tidak ditemukan.", { exact: false })).toBeVisible();
});

test("the citizen withdraws the request from their own area", async ({ page }) => {
  expect(filed).not.toBeNull();
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  await page.getByRole("link", { name: filed!.number }).click();
  await page.getByText("Tarik permohonan", { exact: true }).click();
  await page.getByLabel("Alasan (tidak wajib)").fill("Informasinya sudah saya temukan di situs dinas.");
  await page.getByRole("button", { name: "Ya, tarik permohonan ini" }).click();
  await expect(page.getByText("Permohonan telah ditarik.")).toBeVisible();
  await expect(page.getByTestId("status-permohonan")).toHaveText("Selesai — Ditarik oleh pemohon");
  await expect(page.getByText("Tarik permohonan", { exact: true })).toHaveCount(0);
});

test("a desk officer registers a walk-in request of last week; the due date counts from then", async ({ page }) => {
  const today = toOfficeLocalDate(new Date(), ZONE);
  const lastWeek = addCalendarDays(today, -7);
  const config = appCalendarConfig(ZONE);
  const expected = computeDeadline("REQUEST_RESPONSE", officeLocalToInstant(lastWeek, ZONE, { hours: 10, minutes: 0 }), config);

  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/);
  await page.getByRole("link", { name: "Catat permohonan" }).click();
  await expect(page.getByRole("heading", { name: "Catat permohonan" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Datang langsung" }).check();
  await page.getByLabel("Tanggal diterima").fill(lastWeek);
  await page.getByLabel(/Jam diterima/).fill("10:00");
  await page.getByRole("radio", { name: "Perorangan" }).check();
  await page.getByLabel("Nama lengkap").fill("Yakobus Tefa");
  await page.getByLabel("Nomor telepon/HP").fill("081339000111");
  await page.getByLabel("Alamat lengkap").fill("Jl. Cak Doko No. 5, Oetete, Kupang");
  await page.getByLabel("Pekerjaan").fill("Petani");
  await fillRequest(page, { nik: "5371011508900001", information: "Rencana kerja Dinas Kesehatan tahun 2026" });
  await page.getByRole("radio", { name: "Mengambil langsung" }).check();
  await page.getByRole("button", { name: "Catat permohonan" }).click();

  await expect(page).toHaveURL(/\/kantor\/permohonan\/[a-z0-9]+\?terdaftar=1$/);
  await expect(page.getByText(formatDateId(expected.dueDate)).first()).toBeVisible();
  await expect(page.getByText(formatDateId(expected.receivedDate!)).first()).toBeVisible();
});
