import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";

test("the administrator edits the office profile and the public profile page shows it at once", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/kantor$/);
  await page.getByRole("link", { name: "Pengaturan kantor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pengaturan kantor" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Visi").fill("Informasi publik yang terbuka untuk semua warga Kupang.");
  await page.getByLabel(/^Telepon/).fill("(0380) 821 001");
  await page.getByLabel(/^Email/).fill("bukan-email");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Masukkan alamat email yang benar.")).toBeVisible();

  await page.getByLabel(/^Email/).fill("ppid@kupang.demo");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText(/Pengaturan kantor disimpan\./)).toBeVisible();

  await page.goto("/profil");
  await expect(page.getByText("Informasi publik yang terbuka untuk semua warga Kupang.")).toBeVisible();
  await expect(page.getByRole("main").getByText(/Telepon \(0380\) 821 001/)).toBeVisible();
});

test("only the administrator reaches the settings", async ({ page }) => {
  await signIn(page, DEMO.utama);
  await expect(page).toHaveURL(/\/kantor$/);
  await page.goto("/kantor/pengaturan");
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
});
