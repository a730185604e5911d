import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";
import { waitForMail } from "./mailbox";

// Pemberitahuan surel: warga mengajukan permohonan dan menerima tanda bukti (PDF) lewat surel;
// petugas meja meneruskannya ke unit; PPID Pelaksana menerima surel yang tautannya membuka perkara.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test.describe.configure({ mode: "serial" });

let filed = { number: "", url: "" };

test("the receipt mail with its PDF reaches the requester", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  await page.goto("/permohonan/ajukan");
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371015508900002");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill("Jadwal posyandu di Kelurahan Oesapa tahun 2026");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Mengatur jadwal imunisasi anak");
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("group", { name: /Cara mendapatkan salinan/ }).getByRole("radio", { name: "Surel (e-mail)" }).check();
  await page.getByLabel("Pindaian KTP").setInputFiles({ name: "ktp.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/terkirim$/);
  const number = (await page.getByTestId("nomor-pendaftaran").textContent())!.trim();

  const mail = await waitForMail(DEMO.citizen, `[${number}] Permohonan informasi diterima`);
  expect(mail.attachments.filter((a) => a.isPdf && a.contentType === "application/pdf")).toHaveLength(1);
  expect(mail.text).toContain("Tanda bukti penerimaan nomor");
  const desk = await waitForMail(DEMO.desk, `[${number}] Permohonan daring baru`);
  filed = { number, url: /http:\/\/localhost:\d+\/kantor\/permohonan\/\S+/.exec(desk.text)![0] };
});

test("the PPID Pelaksana gets the forwarded case by mail and its link opens the case", async ({ page, browser }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/);
  await page.goto(filed.url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(filed.number);
  await expect(page.getByRole("link", { name: /Kirim pesan WhatsApp/ })).toHaveAttribute("href", /^https:\/\/wa\.me\/6281234567890\?text=/);
  const verify = page.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(page).toHaveURL(/selesai=VERIFY_COMPLETE/, { timeout: 30_000 });
  const forward = page.locator('details[data-event="FORWARD_TO_UNIT"]');
  await forward.locator("summary").click();
  await forward.getByLabel("Unit yang menguasai informasi").selectOption({ label: "Dinas Kesehatan" });
  await forward.getByRole("button", { name: "Teruskan ke unit" }).click();
  await expect(page).toHaveURL(/selesai=FORWARD_TO_UNIT/, { timeout: 30_000 });

  const mail = await waitForMail(DEMO.pelaksana, `[${filed.number}] Permohonan diteruskan ke unit Anda`);
  const link = /http:\/\/localhost:\d+\/kantor\/permohonan\/\S+/.exec(mail.text)![0];
  const unit = await browser.newContext();
  const pelaksana = await unit.newPage();
  await signIn(pelaksana, DEMO.pelaksana);
  await expect(pelaksana).toHaveURL(/\/kantor/);
  await pelaksana.goto(link);
  await expect(pelaksana.getByRole("heading", { level: 1 })).toContainText(filed.number);
  await expect(pelaksana.locator('details[data-event="PREPARE_ANSWER"] summary')).toBeVisible(); // they can act on it
  await unit.close();
});
