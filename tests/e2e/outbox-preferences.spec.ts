import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";
import { receivedMails, waitForMail } from "./mailbox";

// Kotak keluar dan pilihan surel: PPID Utama melihat pesan yang menunggu (server penerima minta
// dicoba lagi), yang gagal beserta penyebabnya (alamat ditolak), membaca isinya, dan mengirim ulang
// setelah alamat diperbaiki — pesan yang sama (Message-ID sama) tiba; petugas meja tidak berwenang.
// Staf dan warga memilih surel yang mereka terima; pilihan tersimpan. Pesan uji dibuat oleh fixture
// e2e (scripts/e2e-fixtures.ts) ke domain uji penerima surel e2e (scripts/lib/e2e-mailbox.mjs).

const PORT = process.env.E2E_PORT ?? "3100";
const DATA = path.resolve(__dirname, "../../.data");
const outbox = () => (JSON.parse(readFileSync(path.join(DATA, `e2e-fixtures-${PORT}.json`), "utf8")) as { outbox: { waiting: string; failed: string } }).outbox;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test("Kotak keluar: menunggu, gagal dengan penyebabnya, kirim ulang yang tiba", async ({ page }) => {
  const subjects = outbox();
  await signIn(page, DEMO.utama);
  await expect(page).toHaveURL(/\/kantor/);
  await page.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Kotak keluar" }).click();
  await expect(page.getByRole("heading", { name: "Kotak keluar", level: 1 })).toBeVisible();

  // Waiting: the receiving server asked to try later (451); the next attempt is shown. How many
  // attempts were made depends on how long the server has run before this spec (backoff 1, 2, 4 min).
  const tabs = page.getByRole("navigation", { name: "Status pesan" });
  await expect(tabs.getByRole("link", { name: /^Menunggu/ })).toHaveAttribute("aria-current", "page");
  await expect.poll(async () => (await page.reload(), await page.getByRole("listitem").filter({ hasText: subjects.waiting }).textContent()) ?? "", { timeout: 30_000 })
    .toMatch(/percobaan [1-9]\d* · dicoba lagi/);
  await expect(page.getByRole("listitem").filter({ hasText: subjects.waiting })).toContainText(/Kesalahan: .*451/);
  await expectNoAxeViolations(page);

  // Failed: refused for good (550) at its first attempt; its text can be read on the page.
  await tabs.getByRole("link", { name: /^Gagal/ }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  const failed = page.getByRole("listitem").filter({ hasText: subjects.failed });
  await expect.poll(async () => (await page.reload(), await failed.count()), { timeout: 30_000 }).toBe(1);
  await expect(failed).toContainText("Kepada salah-ketik@ditolak.e2e");
  await expect(failed).toContainText(/percobaan 1/);
  await expect(failed).toContainText(/Kesalahan: .*550/);
  await failed.getByRole("link", { name: subjects.failed }).click();
  const shown = page.getByRole("region", { name: subjects.failed });
  await expect(shown).toContainText("alamat ditolak server penerima");
  const messageId = (await shown.locator("dt:has-text('Message-ID') + dd").textContent())!.trim();
  expect(messageId).toMatch(/^<[0-9a-f-]{36}@[^>]+>$/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/kotak-keluar-gagal-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The address is corrected at the receiving end; a resend delivers the same message.
  writeFileSync(path.join(DATA, `e2e-mail-${PORT}`, "terima-ditolak"), "");
  await page.getByRole("button", { name: `Kirim ulang pesan ${subjects.failed}` }).click();
  await expect(page).toHaveURL(/ulang=1/, { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Pesan dimasukkan kembali ke antrean dan akan segera dikirim." })).toBeVisible();
  await expect(page.getByRole("region", { name: subjects.failed })).toBeVisible();
  const mail = await waitForMail("salah-ketik@ditolak.e2e", subjects.failed);
  expect(mail.messageId).toBe(messageId);
  expect(receivedMails().filter((m) => m.subject === subjects.failed)).toHaveLength(1);
  await page.goto("/kantor/kotak-keluar?status=SENT");
  await expect(page.getByRole("listitem").filter({ hasText: subjects.failed })).toContainText("Terkirim");
  await expectNoAxeViolations(page);
});

test("petugas meja tidak dapat membuka Kotak keluar", async ({ page }) => {
  await signIn(page, DEMO.desk);
  await expect(page).toHaveURL(/\/kantor/);
  await expect(page.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Kotak keluar" })).toHaveCount(0);
  await page.goto("/kantor/kotak-keluar");
  await expect(page).toHaveURL(/\/terlarang/);
});

test("staf memilih pengingat di profil; pilihan tersimpan", async ({ page }) => {
  await signIn(page, DEMO.pelaksana);
  await expect(page).toHaveURL(/\/kantor/);
  await page.goto("/kantor/profil");
  await expect(page.getByRole("heading", { name: "Profil dan surel", level: 1 })).toBeVisible();
  const reminder = page.getByRole("checkbox", { name: "Pengingat batas waktu permohonan (3 dan 1 hari kerja sebelumnya)" });
  const digest = page.getByRole("checkbox", { name: "Ringkasan perkara terlambat setiap pagi hari kerja" });
  await expect(reminder).toBeChecked();
  await reminder.uncheck();
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilihan surel disimpan." })).toBeVisible();
  await page.reload();
  await expect(reminder).not.toBeChecked();
  await expect(digest).toBeChecked();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/profil-surel-360.png", fullPage: true });
  await reminder.check();
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilihan surel disimpan." })).toBeVisible();
});

test("warga mematikan surel pilihan; surel wajib tidak ditawarkan untuk dimatikan", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await expect(page).toHaveURL(/\/akun/);
  await page.goto("/akun/surel");
  await expect(page.getByRole("heading", { name: "Pemberitahuan surel", level: 1 })).toBeVisible();
  await expect(page.getByText(/selalu dikirim, karena wajib disampaikan kepada Anda/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Permohonan informasi diterima/ })).toHaveCount(0); // the receipt is statutory
  const ruling = page.getByRole("checkbox", { name: "Putusan Komisi Informasi dicatat" });
  await expect(ruling).toHaveCount(1); // three kinds of ruling, one choice
  await ruling.uncheck();
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilihan surel disimpan." })).toBeVisible();
  await page.reload();
  await expect(ruling).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Permohonan informasi sedang diproses" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/akun-surel-360.png", fullPage: true });
  await ruling.check();
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilihan surel disimpan." })).toBeVisible();
});
