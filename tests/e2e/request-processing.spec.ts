import { expect, test, type Page } from "@playwright/test";
import {
  addCalendarDays,
  computeDeadline,
  isWorkingDay,
  officeLocalToInstant,
  toOfficeLocalDate,
  workingDaysLeft,
} from "../../lib/domain/calendar";
import { formatDateId } from "../../lib/domain/format-date";
import { appCalendarConfig } from "./app-calendar";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";

// Memproses permohonan informasi (UU 14/2008 Pasal 22): petugas meja mencatat dua permohonan
// yang diterima beberapa hari lalu; register menandai yang segera jatuh tempo dan yang terlambat;
// PPID Utama memperpanjang yang satu (Pasal 22 ayat (8)) dan menolak yang lain dengan alasan
// Pasal 17 berdasarkan uji konsekuensi.

const ZONE = "Asia/Makassar"; // kantor demo (Kupang, WITA)
const config = appCalendarConfig(ZONE);

/** The latest working day before today whose request (received 10:00) has `left` working days left. */
function receivedWithDaysLeft(predicate: (left: number) => boolean): { date: string; due: string } {
  const now = new Date();
  let date = toOfficeLocalDate(now, ZONE);
  for (let i = 0; i < 60; i++) {
    date = addCalendarDays(date, -1);
    if (!isWorkingDay(date, config)) continue;
    const due = computeDeadline("REQUEST_RESPONSE", officeLocalToInstant(date, ZONE, { hours: 10, minutes: 0 }), config).dueDate;
    if (predicate(workingDaysLeft(now, due, config))) return { date, due };
  }
  throw new Error("no suitable receipt date");
}

const soon = receivedWithDaysLeft((left) => left === 2); // due in 2 working days: "segera jatuh tempo"
const late = receivedWithDaysLeft((left) => left <= -2); // due date passed: "terlambat"

async function registerAtDesk(page: Page, receivedDate: string, name: string, information: string): Promise<string> {
  await page.goto("/kantor/permohonan/baru");
  await page.getByRole("radio", { name: "Datang langsung" }).check();
  await page.getByLabel("Tanggal diterima").fill(receivedDate);
  await page.getByLabel(/Jam diterima/).fill("10:00");
  await page.getByRole("radio", { name: "Perorangan" }).check();
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371011508900001");
  await page.getByLabel("Nomor telepon/HP").fill("081339000222");
  await page.getByLabel("Alamat lengkap").fill("Jl. El Tari No. 9, Kupang");
  await page.getByLabel("Pekerjaan").fill("Wartawan");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(information);
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan liputan tentang layanan kesehatan");
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("radio", { name: "Mengambil langsung" }).check();
  await page.getByRole("button", { name: "Catat permohonan" }).click();
  await expect(page).toHaveURL(/\/kantor\/permohonan\/[a-z0-9]+\?terdaftar=1$/, { timeout: 30_000 });
  const heading = (await page.getByRole("heading", { level: 1 }).textContent())!;
  return heading.replace("Permohonan", "").trim();
}

function openCase(page: Page, number: string) {
  return page.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
}

test.describe.configure({ mode: "serial" });

const numbers = { soon: "", late: "" };

test("petugas meja mencatat dua permohonan; register menandai yang segera jatuh tempo dan yang terlambat", async ({ page }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  numbers.soon = await registerAtDesk(page, soon.date, "Dominggus Perpanjang", "Data kunjungan puskesmas per bulan tahun 2025");
  await expect(page.getByText(formatDateId(soon.due)).first()).toBeVisible();
  await expect(page.getByText("Segera jatuh tempo").first()).toBeVisible();
  numbers.late = await registerAtDesk(page, late.date, "Dominggus Ditolak", "Rekam medis pasien rawat inap RSUD bulan Januari");
  await expect(page.getByText("Terlambat").first()).toBeVisible();

  await page.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Register permohonan" }).click();
  await expect(page.getByRole("heading", { name: "Register permohonan" })).toBeVisible();
  const soonRow = page.getByRole("row", { name: new RegExp(numbers.soon) });
  const lateRow = page.getByRole("row", { name: new RegExp(numbers.late) });
  await expect(soonRow).toContainText("Segera jatuh tempo: sisa 2 hari kerja");
  await expect(lateRow).toContainText("Terlambat:");
  await expect(soonRow).toContainText("Datang langsung");
  await expectNoAxeViolations(page);
  // The statutory columns are one click away (and always in the exports).
  await page.getByRole("link", { name: "Tampilan register lengkap" }).click();
  await expect(page.getByRole("row", { name: new RegExp(numbers.soon) })).toContainText("Wartawan");
  await expectNoAxeViolations(page);

  // Saringan lewat URL yang dapat dibagikan.
  await page.getByRole("link", { name: /^Terlambat \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/terlambat=1/, { timeout: 30_000 });
  await expect(page.getByRole("row", { name: new RegExp(numbers.late) })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(numbers.soon) })).toHaveCount(0);

  // Unduhan register memuat kolom wajib.
  const csv = await page.request.get("/api/kantor/permohonan/export?format=csv&q=Dominggus");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.startsWith("\uFEFFNomor pendaftaran,Tanggal diterima")).toBe(true);
  expect(text).toContain(numbers.soon);
  expect(text).toContain("Alasan penolakan (Pasal 17)");
  const xlsx = await page.request.get("/api/kantor/permohonan/export?format=xlsx");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("PPID Utama memperpanjang waktu jawaban satu kali, dengan alasan dan surat", async ({ page }) => {
  expect(numbers.soon).not.toBe("");
  const newDue = computeDeadline("REQUEST_EXTENSION", soon.due, config).dueDate;
  await signIn(page, DEMO.utama);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await page.goto("/kantor/permohonan");
  await openCase(page, numbers.soon);
  await expect(page.getByRole("heading", { name: `Permohonan ${numbers.soon}` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.locator('details[data-event="EXTEND"] summary').click();
  await expect(page.getByText(`Batas waktu baru: ${formatDateId(newDue)}.`, { exact: false })).toBeVisible();
  await page.getByLabel("Alasan perpanjangan").fill("Data kunjungan tersebar di 11 puskesmas dan perlu direkap.");
  await page.getByRole("button", { name: "Perpanjang waktu jawaban" }).click();

  await expect(page).toHaveURL(/selesai=EXTEND/, { timeout: 30_000 });
  await expect(page.getByText("Waktu jawaban diperpanjang.")).toBeVisible();
  await expect(page.getByText(formatDateId(newDue)).first()).toBeVisible();
  // Hanya satu kali: tombolnya hilang dan alasannya dijelaskan.
  await expect(page.locator('details[data-event="EXTEND"]')).toHaveCount(0);
  await expect(page.getByText("hanya dapat diperpanjang satu kali", { exact: false })).toBeVisible();
  const letter = page.getByRole("link", { name: "Pemberitahuan Perpanjangan Jangka Waktu Jawaban" });
  const pdf = await page.request.get((await letter.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("PPID Utama menolak permohonan dengan alasan Pasal 17 dan uji konsekuensi; tanpa huruf Pasal 17 ditolak", async ({ page }) => {
  expect(numbers.late).not.toBe("");
  await signIn(page, DEMO.utama);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await page.goto("/kantor/permohonan");
  await openCase(page, numbers.late);
  // A late answer is still owed: the deadline has passed, yet the PPID may decide.
  await expect(page.getByText("Terlambat").first()).toBeVisible();
  const verify = page.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(page).toHaveURL(/selesai=VERIFY_COMPLETE/, { timeout: 30_000 });

  const reject = page.locator('details[data-event="DECIDE_REJECT"]');
  await reject.locator("summary").click();
  await reject.getByLabel("Uji konsekuensi", { exact: true }).selectOption({ label: "Rekam medis pasien — SK 188.45/02/PPID-KPG/2026 (Pasal 17 huruf h)" });
  await reject.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(reject.getByRole("alert")).toContainText("Sebutkan huruf Pasal 17");
  await expect(page.getByRole("heading", { name: "Keputusan" })).toHaveCount(0);

  await reject.getByRole("checkbox", { name: /Huruf h/ }).check();
  await reject.getByLabel("Uji konsekuensi", { exact: true }).selectOption({ label: "Rekam medis pasien — SK 188.45/02/PPID-KPG/2026 (Pasal 17 huruf h)" });
  await reject.getByLabel("Penjelasan").fill("Rekam medis memuat rahasia pribadi pasien.");
  await reject.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(page).toHaveURL(/selesai=DECIDE_REJECT/, { timeout: 30_000 });
  await expect(page.getByText("Permohonan ditolak.")).toBeVisible();
  await expect(page.getByText("UU 14/2008 Pasal 17 huruf h")).toBeVisible();
  await expect(page.getByText("Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.")).toBeVisible();
  const letter = page.getByRole("link", { name: "Keputusan PPID tentang Penolakan Permohonan Informasi Publik" });
  const pdf = await page.request.get((await letter.getAttribute("href"))!);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAxeViolations(page);

  await page.goto("/kantor/permohonan?q=Dominggus&tampilan=lengkap");
  const lateRow = page.getByRole("row", { name: new RegExp(numbers.late) });
  await expect(lateRow).toContainText("Ditolak");
  await expect(lateRow).toContainText("Pasal 17 huruf h");
  await expect(lateRow).not.toContainText("Terlambat:");
  await expect(page.getByRole("row", { name: new RegExp(numbers.soon) })).not.toContainText("Segera jatuh tempo");
});

test("petugas meja tidak mendapat tombol keputusan; PPID Pelaksana tidak melihat permohonan yang belum diteruskan ke unitnya", async ({ page, browser }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await page.goto("/kantor/permohonan?q=Dominggus");
  await openCase(page, numbers.soon);
  await expect(page.locator('details[data-event="VERIFY_COMPLETE"]')).toHaveCount(1);
  await expect(page.locator('details[data-event^="DECIDE_"]')).toHaveCount(0);
  await expect(page.locator('details[data-event="EXTEND"]')).toHaveCount(0);

  // The action forms work without JavaScript too (server action as the form's action).
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();
  await plain.goto(page.url());
  const verify = plain.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByLabel("Catatan pemeriksaan").fill("Identitas diperiksa di meja layanan.");
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(plain).toHaveURL(/selesai=VERIFY_COMPLETE/, { timeout: 30_000 });
  await expect(plain.getByText("Identitas diperiksa di meja layanan.")).toBeVisible();
  await noJs.close();

  const other = await browser.newContext();
  const pelaksana = await other.newPage();
  await signIn(pelaksana, DEMO.pelaksana);
  await expect(pelaksana).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await pelaksana.goto("/kantor/permohonan?q=Dominggus");
  await expect(pelaksana.getByText("Tidak ada permohonan yang sesuai.")).toBeVisible();
  const refused = await pelaksana.request.get("/api/kantor/permohonan/export?format=csv");
  expect(refused.status()).toBe(403);
  await other.close();
});
