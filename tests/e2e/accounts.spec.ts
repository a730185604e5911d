import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("a citizen registers, is signed in, and bad input is refused field by field", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByLabel("Nama lengkap").fill("Yo");
  await page.getByLabel("Email").fill("bukan-email");
  await page.getByLabel("Nomor telepon").fill("12");
  await page.getByLabel(/^Kata sandi/).fill("pendek");
  await page.getByLabel("Ulangi kata sandi").fill("lain");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByText("Nama minimal 3 karakter.")).toBeVisible();
  await expect(page.getByText("Masukkan alamat email yang benar.")).toBeVisible();
  await expect(page.getByText("Kata sandi minimal 12 karakter (boleh berupa beberapa kata).")).toBeVisible();

  const email = `warga-${Date.now()}@contoh.test`;
  await page.getByLabel("Nama lengkap").fill("Warga Baru");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nomor telepon").fill("081234567891");
  await page.getByLabel(/^Kata sandi/).fill("rahasia-baru-2026");
  await page.getByLabel("Ulangi kata sandi").fill("rahasia-baru-2026");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/masuk\?terdaftar=1/);
  await expect(page.getByRole("status").filter({ hasText: "Pendaftaran diterima." })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("rahasia-baru-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun\?baru=1$/);
  await expect(page.getByText("Akun Anda sudah dibuat.")).toBeVisible();
});

test("the admin creates a staff account and a disabled account cannot sign in", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/kantor$/);
  await page.goto("/kantor/pengguna");
  const email = `petugas-${Date.now()}@kupang.demo`;
  await page.getByLabel(/^Nama/).fill("Petugas Uji");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Peran").selectOption({ label: "Petugas Meja Layanan" });
  await page.getByLabel("Kata sandi awal").fill("awal-meja-layanan-2026");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText(`Akun ${email} dibuat.`)).toBeVisible();

  const row = page.getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: /Nonaktifkan/ }).click();
  await expect(row.getByRole("cell", { name: "Nonaktif", exact: true })).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, email, "awal-meja-layanan-2026");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("Akun Anda dinonaktifkan.");
  await other.close();
});
