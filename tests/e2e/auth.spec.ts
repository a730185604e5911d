import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const STAFF = [
  { who: "petugas meja layanan", email: DEMO.desk, role: "Petugas Meja Layanan" },
  { who: "PPID Utama", email: DEMO.utama, role: "PPID Utama" },
  { who: "PPID Pelaksana", email: DEMO.pelaksana, role: "PPID Pelaksana" },
  { who: "Atasan PPID", email: DEMO.atasan, role: "Atasan PPID" },
  { who: "administrator", email: DEMO.admin, role: "Administrator" },
];

test("a citizen signs in and lands on their own requests", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan saya" })).toBeVisible();
});

for (const s of STAFF) {
  test(`the ${s.who} signs in and lands on the back office`, async ({ page }) => {
    await signIn(page, s.email);
    await expect(page).toHaveURL(/\/kantor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dasbor kantor" })).toBeVisible();
    await expect(page.getByText(`Anda masuk sebagai ${s.role}`)).toBeVisible();
  });
}

test("a citizen cannot open the back office", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun$/);
  await page.goto("/kantor");
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await page.goto("/kantor/pengguna");
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
});

test("an anonymous visitor is sent to sign-in and comes back after it", async ({ page }) => {
  await page.goto("/kantor/pengguna");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fkantor%2Fpengguna/);
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Kata sandi").fill("demo-ppid-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/kantor\/pengguna$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pengguna" })).toBeVisible();
});

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  await signIn(page, DEMO.citizen, "salah-sekali-123");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Email atau kata sandi salah, atau akun belum diaktifkan.");
  await signIn(page, "tidak-ada@kupang.demo", "salah-sekali-123");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Email atau kata sandi salah, atau akun belum diaktifkan.");
  await expect(page).toHaveURL(/\/masuk/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  await page.goto("/kantor");
  await expect(page).toHaveURL(/\/masuk/);
});
