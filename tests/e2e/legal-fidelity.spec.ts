import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations } from "./helpers";
import { signedInPage } from "./journey";
import { waitForMail } from "./mailbox";

// Keberatan di luar batas waktu dan sengketa sampai pengadilan (UU 14/2008 Pasal 35–36, 47–48):
// (1) warga mengajukan keberatan atas penolakan 100 hari lalu — portal tetap mencatatnya dengan
// peringatan (tanda terima mengulanginya) dan Atasan PPID menyatakannya tidak dapat diterima;
// (2) putusan Komisi Informasi dibawa ke PTUN dan tampil di halaman lacak. Perkara yang berumur
// berbulan-bulan dibuat oleh fixture e2e (scripts/e2e-fixtures.ts) lewat layanan portal sendiri.

type Fixtures = {
  lateRefusal: { number: string };
  ruledDispute: { disputeId: string; requestNumber: string; accessCode: string; objectionNumber: string };
};
const fixtures = (): Fixtures =>
  JSON.parse(readFileSync(path.resolve(__dirname, "../../.data", `e2e-fixtures-${process.env.E2E_PORT ?? "3100"}.json`), "utf8")) as Fixtures;
const slug = (number: string) => number.split("/").join("-");
const todayWita = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("keberatan setelah batas waktu dicatat dengan peringatan; Atasan menyatakannya tidak dapat diterima", async ({ browser }) => {
  const { lateRefusal } = fixtures();
  const citizen = await signedInPage(browser, DEMO.citizen);
  await citizen.goto(`/akun/permohonan/${slug(lateRefusal.number)}`);
  await citizen.getByRole("link", { name: "Ajukan keberatan" }).click();
  await expect(citizen.getByRole("heading", { name: "Ajukan keberatan" })).toBeVisible();
  // Ground (a) is still offered, with the computed window as guidance.
  await expect(citizen.getByText(/Perhatian: .*Atasan PPID yang menilai/).first()).toBeVisible();
  await citizen.getByRole("checkbox", { name: /a\. Permohonan ditolak/ }).check();
  await citizen.getByLabel("Kasus posisi").fill("Surat penolakan baru saya baca setelah pulang dari luar daerah; data agregat dapat dibuka.");
  await citizen.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(citizen).toHaveURL(/\/akun\/keberatan\/\d+-KBR-/);
  const number = (await citizen.getByRole("heading", { level: 1 }).textContent())!.replace("Keberatan", "").trim();

  // The receipt page and the receipt letter repeat the warning.
  const warning = citizen.getByRole("note").filter({ hasText: "Diajukan di luar batas waktu menurut perhitungan" });
  await expect(warning).toContainText(/Alasan huruf a: .*berakhir pada/);
  await expectNoAxeViolations(citizen);
  await citizen.screenshot({ path: "test-results/keberatan-di-luar-batas.png", fullPage: true });
  const receipt = await citizen.request.get((await citizen.getByRole("link", { name: "Tanda Terima Pengajuan Keberatan" }).first().getAttribute("href"))!);
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const filedMail = await waitForMail(DEMO.citizen, `[${number}] Keberatan diterima`);
  expect(filedMail.attachments.filter((a) => a.isPdf)).toHaveLength(1);

  // The Atasan sees the warning and rules the objection inadmissible, with reasons.
  const atasan = await signedInPage(browser, DEMO.atasan);
  await atasan.goto(`/kantor/keberatan?q=${encodeURIComponent(number)}`);
  await atasan.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  await expect(atasan.getByText("Diajukan di luar batas waktu menurut perhitungan").first()).toBeVisible();
  // Staff can call the requester: WhatsApp with the objection's number prefilled.
  const wa = atasan.getByRole("link", { name: /Kirim pesan WhatsApp/ });
  await expect(wa).toHaveAttribute("href", /^https:\/\/wa\.me\/6281234567890\?text=/);
  expect(decodeURIComponent((await wa.getAttribute("href"))!.split("text=")[1]!)).toContain(`keberatan nomor ${number}`);
  await expectNoAxeViolations(atasan);
  const form = atasan.locator("form", { has: atasan.getByRole("button", { name: "Nyatakan keberatan tidak dapat diterima" }) });
  await form.getByLabel(/Alasan keberatan tidak dapat diterima/).fill("Diajukan jauh setelah 30 hari kerja sejak surat penolakan diterima, tanpa alasan yang menghalangi.");
  await form.getByRole("button", { name: "Nyatakan keberatan tidak dapat diterima" }).click();
  await expect(atasan.getByText("Tanggapan disimpan dan surat tanggapan diterbitkan.")).toBeVisible();
  await expect(atasan.getByText("Keberatan tidak dapat diterima").first()).toBeVisible();

  // The requester hears it by mail, with the answer letter and the dispute window from receipt.
  const mail = await waitForMail(DEMO.citizen, `[${number}] Keberatan tidak dapat diterima`);
  expect(mail.attachments.filter((a) => a.isPdf)).toHaveLength(1);
  expect(mail.text).toContain("14 hari kerja sejak tanggapan ini Anda terima");
  await citizen.goto(`/akun/keberatan/${slug(number)}`);
  await expect(citizen.getByText("Keberatan tidak dapat diterima").first()).toBeVisible();
});

test("putusan Komisi Informasi dibawa ke PTUN tampil di halaman lacak", async ({ browser }) => {
  const { ruledDispute: d } = fixtures();
  const desk = await signedInPage(browser, DEMO.desk);
  await desk.goto(`/kantor/sengketa/${d.disputeId}`);
  await expect(desk.getByRole("heading", { level: 1 })).toBeVisible();
  const form = desk.locator("form", { has: desk.getByRole("button", { name: "Catat gugatan ke pengadilan" }) });
  await form.getByRole("combobox", { name: /^Pengadilan/ }).selectOption("PTUN");
  await form.getByLabel("Nama pengadilan").fill("PTUN Kupang");
  await form.getByRole("combobox", { name: /^Diajukan oleh/ }).selectOption("REQUESTER");
  await form.getByLabel(/^Tanggal gugatan\/permohonan kasasi/).fill(todayWita());
  await form.getByLabel("Tanggal putusan sebelumnya diterima").fill(todayWita());
  await form.getByLabel("Nomor register perkara").fill("21/G/KI/2026/PTUN.KPG");
  await form.getByRole("button", { name: "Catat gugatan ke pengadilan" }).click();
  await expect(desk).toHaveURL(/selesai=DISPUTE_STEP/, { timeout: 30_000 });
  await expect(desk.getByText("Langkah sengketa dicatat.")).toBeVisible();
  await expect(desk.getByText("PTUN Kupang").first()).toBeVisible();
  await expectNoAxeViolations(desk);

  // The requester follows it on the public tracking page (number + access code, no account).
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/lacak");
  await visitor.getByLabel("Nomor pendaftaran").fill(d.requestNumber);
  await visitor.getByLabel("Kode akses").fill(d.accessCode);
  await visitor.getByRole("button", { name: "Lacak" }).click();
  await expect(visitor.getByRole("heading", { name: `Keberatan ${d.objectionNumber}` })).toBeVisible();
  await expect(visitor.getByText(/Sengketa informasi di /).first()).toBeVisible();
  const stage = visitor.getByText(/PTUN Kupang/).first();
  await expect(stage).toBeVisible();
  await expect(visitor.getByText(/perkara nomor 21\/G\/KI\/2026\/PTUN\.KPG · diajukan .* · belum diputus/)).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.setViewportSize({ width: 360, height: 800 });
  await visitor.screenshot({ path: "test-results/lacak-ptun-360.png", fullPage: true });
  await waitForMail(DEMO.citizen, `[${d.objectionNumber}] Putusan sengketa dibawa ke pengadilan`);
});
