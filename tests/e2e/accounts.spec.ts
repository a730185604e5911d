import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";
import { activationLinkFor, submitRegistration } from "./journey";
import { receivedMails, waitForMail } from "./mailbox";

const activationMails = (email: string) => receivedMails().filter((m) => m.to.some((a) => a.includes(email)) && m.subject.includes("Aktifkan akun"));

const REFUSED = "Email atau kata sandi salah, atau akun belum diaktifkan.";

test("a citizen registers, activates the account through the mailed link, and bad input is refused field by field", async ({ page }) => {
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
  await submitRegistration(page, { name: "Warga Baru", email, phone: "081234567891", password: "rahasia-baru-2026" });
  await expectNoAxeViolations(page);
  // Not active yet: the right password gets the same answer as a wrong one.
  await signIn(page, email, "rahasia-baru-2026");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(REFUSED);

  await page.goto(await activationLinkFor(email));
  await expect(page.getByText("Akun atas nama Warga Baru menunggu aktivasi.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Aktifkan akun" }).click();
  await expect(page).toHaveURL(/\/masuk\?aktif=1/);
  await expect(page.getByRole("status")).toContainText("Akun Anda sudah aktif.");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("rahasia-baru-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun\?baru=1$/);
  await expect(page.getByText("Akun Anda sudah dibuat.")).toBeVisible();
});

test("registering a taken address answers alike; its owner is told by mail; the link can be asked for again", async ({ browser }) => {
  test.setTimeout(180_000); // two registrations (password hashing) and three mail round trips on a busy machine
  const page = await (await browser.newContext()).newPage();
  // DEMO.desk: an active account. The answer is the one a new address gets.
  await submitRegistration(page, { name: "Orang Lain", email: DEMO.desk, phone: "081234567893", password: "tebak-tebakan-2026" });
  const notice = await waitForMail(DEMO.desk, "Percobaan pendaftaran dengan email Anda");
  expect(notice.text).toMatch(/http:\/\/localhost:\d+\/masuk/);
  expect(notice.text).toMatch(/http:\/\/localhost:\d+\/lupa-sandi/);
  await signIn(page, DEMO.desk, "tebak-tebakan-2026");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(REFUSED);

  // A waiting account asks for its link again from the sign-in page: the same answer for any address.
  const email = `ulang-${Date.now()}@contoh.test`;
  await submitRegistration(page, { name: "Warga Menunggu", email, phone: "081234567894", password: "hujan-di-kupang-2026" });
  const first = await activationLinkFor(email);
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Kirim ulang tautan aktivasi" }).click();
  await expect(page).toHaveURL(/\/aktivasi$/);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Kirim ulang tautan aktivasi" }).click();
  await expect(page).toHaveURL(/\/aktivasi\?terkirim=ulang$/);
  await expect(page.getByRole("status")).toContainText("Bila alamat itu terdaftar dan akunnya belum aktif");
  await expect.poll(() => activationMails(email), { timeout: 30_000 }).toHaveLength(2);
  // A forged link is refused and offers the form again.
  await page.goto(`${first.replace(/\.[^.]+$/, ".AAAA")}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Tautan aktivasi tidak berlaku");
  await expect(page.getByRole("button", { name: "Kirim ulang tautan aktivasi" })).toBeVisible();
  await page.context().close();
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
