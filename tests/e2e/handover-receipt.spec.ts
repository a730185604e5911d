import { expect, test } from "@playwright/test";
import { DEMO } from "./helpers";
import { PDF, fileOnlineRequest, signedInPage } from "./journey";

// Tanda Bukti Penyerahan: the PPID Utama grants a request, the desk records the handover of two
// files, and the citizen downloads the handover receipt from the tracking page (a real PDF).

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("meja layanan mencatat penyerahan dua berkas; pemohon mengunduh tanda bukti penyerahan dari halaman lacak", async ({ browser }) => {
  const citizen = await signedInPage(browser, DEMO.citizen);
  const { number, code } = await fileOnlineRequest(citizen, "Data cakupan imunisasi dasar per puskesmas tahun 2025");

  const utama = await signedInPage(browser, DEMO.utama);
  await utama.goto(`/kantor/permohonan?q=${encodeURIComponent(number)}`);
  await utama.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  const verify = utama.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(utama).toHaveURL(/selesai=VERIFY_COMPLETE/);
  const grant = utama.locator('details[data-event="DECIDE_GRANT_FULL"]');
  await grant.locator("summary").click();
  await grant.getByLabel("Materi informasi yang akan diberikan").fill("Rekap cakupan imunisasi dasar 2025 per puskesmas.");
  await grant.getByLabel("Waktu penyediaan informasi").fill("Paling lambat 3 hari kerja setelah pemberitahuan ini");
  await grant.getByRole("button", { name: "Kabulkan seluruhnya" }).click();
  await expect(utama).toHaveURL(/selesai=DECIDE_GRANT_FULL/);
  const caseUrl = utama.url().replace(/\?.*$/, "");

  const desk = await signedInPage(browser, DEMO.desk);
  await desk.goto(caseUrl);
  const deliver = desk.locator('details[data-event="DELIVER"]');
  await deliver.locator("summary").click();
  await deliver.locator("#deliver-file1").setInputFiles({ name: "rekap-imunisasi.pdf", mimeType: "application/pdf", buffer: PDF });
  await deliver.locator("#deliver-file2").setInputFiles({ name: "lampiran.pdf", mimeType: "application/pdf", buffer: PDF });
  await deliver.getByLabel("Cara penyerahan").selectOption("IN_PERSON");
  await deliver.getByRole("button", { name: "Catat penyerahan informasi" }).click();
  await expect(desk).toHaveURL(/selesai=DELIVER/);
  await expect(desk.getByRole("link", { name: "Tanda Bukti Penyerahan Informasi Publik" })).toBeVisible();

  await citizen.goto("/lacak");
  await citizen.getByLabel("Nomor pendaftaran").fill(number);
  await citizen.getByLabel("Kode akses").fill(code);
  await citizen.getByRole("button", { name: "Lacak" }).click();
  const link = citizen.getByRole("link", { name: /Tanda Bukti Penyerahan Informasi Publik/ });
  await expect(link).toBeVisible();
  await expect(citizen.getByText(/\d{3}\/TBP\/PPID-KPG\/\d{4}/)).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  const response = await citizen.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
