import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { waitForMail } from "./mailbox";

// Steps several specs walk through the same way.

/** A tiny valid PDF: an identity scan or a document where the content does not matter. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** The signed-in citizen files a request online; returns its number and access code. */
export async function fileOnlineRequest(page: Page, information: string): Promise<{ number: string; code: string }> {
  await page.goto("/permohonan/ajukan");
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371015508900002");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(information);
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan penelitian tentang layanan kesehatan");
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("group", { name: /Cara mendapatkan salinan/ }).getByRole("radio", { name: "Surel (e-mail)" }).check();
  await page.getByLabel("Pindaian KTP").setInputFiles({ name: "ktp.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page).toHaveURL(/\/permohonan\/terkirim$/);
  const number = (await page.getByTestId("nomor-pendaftaran").textContent())!.trim();
  return { number, code: (await page.getByTestId("kode-akses").textContent())!.trim() };
}

/** A new browser context signed in as `email` (a page of its own, so several roles act side by side). */
export async function signedInPage(browser: Browser, email: string, { javaScriptEnabled = true } = {}): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

export type Registration = { name: string; email: string; phone: string; password: string };

/** Fills and sends the registration form; the answer is always "check your e-mail". */
export async function submitRegistration(page: Page, r: Registration): Promise<void> {
  await page.goto("/daftar");
  await page.getByLabel("Nama lengkap").fill(r.name);
  await page.getByLabel("Email").fill(r.email);
  await page.getByLabel("Nomor telepon").fill(r.phone);
  await page.getByLabel(/^Kata sandi/).fill(r.password);
  await page.getByLabel("Ulangi kata sandi").fill(r.password);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/aktivasi\?terkirim=1$/);
  await expect(page.getByRole("status")).toContainText("Periksa email Anda");
}

/** The activation link from the mail the SMTP receiver got for `email`. */
export async function activationLinkFor(email: string): Promise<string> {
  const mail = await waitForMail(email, "Aktifkan akun Portal PPID Anda");
  return /http:\/\/localhost:\d+\/aktivasi\?token=[A-Za-z0-9._-]+/.exec(mail.text)![0];
}

/** A new citizen account, registered and activated through the mailed link (then on /masuk). */
export async function registerAndActivate(page: Page, r: Registration): Promise<void> {
  await submitRegistration(page, r);
  await page.goto(await activationLinkFor(r.email));
  await page.getByRole("button", { name: "Aktifkan akun" }).click();
  await expect(page).toHaveURL(/\/masuk\?aktif=1/);
}
