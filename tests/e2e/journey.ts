import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

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
