import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations } from "./helpers";
import { fileOnlineRequest as fileRequest, signedInPage } from "./journey";

// Keberatan dan sengketa informasi (UU 14/2008 Pasal 35–37): permohonan warga ditolak PPID Utama;
// warga mengajukan keberatan dengan alasan huruf a pada hari yang sama; Atasan PPID menerima
// sebagian dan memerintahkan PPID; PPID mencatat perintah telah dilaksanakan. Permohonan lain:
// Atasan menolak keberatan, warga melanjutkan ke Komisi Informasi, petugas mencatat sengketa dan
// mengunduh berkas sengketa dalam satu PDF.

const TEST_LABEL = "Rekam medis pasien — SK 188.45/02/PPID-KPG/2026 (Pasal 17 huruf h)";
const slug = (number: string) => number.split("/").join("-");

/** The PPID Utama verifies and refuses it under Pasal 17 huruf h (the processing engineers' case page). */
async function refuse(page: Page, number: string) {
  await page.goto(`/kantor/permohonan?q=${encodeURIComponent(number)}`);
  await page.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  const verify = page.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(page).toHaveURL(/selesai=VERIFY_COMPLETE/);
  const reject = page.locator('details[data-event="DECIDE_REJECT"]');
  await reject.locator("summary").click();
  await reject.getByRole("checkbox", { name: /Huruf h/ }).check();
  await reject.getByLabel("Uji konsekuensi", { exact: true }).selectOption({ label: TEST_LABEL });
  await reject.getByLabel("Penjelasan").fill("Rekam medis memuat rahasia pribadi pasien.");
  await reject.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(page).toHaveURL(/selesai=DECIDE_REJECT/);
}

/** The citizen objects on ground (a), the same day, from their request's page; returns the objection number. */
async function object(page: Page, requestNumber: string): Promise<string> {
  await page.goto(`/akun/permohonan/${slug(requestNumber)}`);
  await page.getByRole("link", { name: "Ajukan keberatan" }).click();
  await expect(page.getByRole("heading", { name: "Ajukan keberatan" })).toBeVisible();
  // Ground (c) is not offered: the request was answered.
  await expect(page.getByRole("checkbox", { name: /c\. Permohonan tidak ditanggapi/ })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /a\. Permohonan ditolak/ }).check();
  await page.getByLabel("Kasus posisi").fill("Permohonan saya ditolak, padahal data agregat tanpa identitas pasien dapat dibuka.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(page).toHaveURL(/\/akun\/keberatan\/\d+-KBR-/);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent())!;
  return heading.replace("Keberatan", "").trim();
}

async function openObjection(page: Page, number: string) {
  await page.goto(`/kantor/keberatan?q=${encodeURIComponent(number)}`);
  await page.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `Keberatan ${number}` })).toBeVisible();
}

// Long flows across four accounts (each step a server round trip on a 2-core machine).
test.describe.configure({ mode: "serial", timeout: 240_000 });

test("keberatan huruf a pada hari penolakan; Atasan menerima sebagian; PPID melaksanakan perintah", async ({ browser }) => {
  const citizen = await signedInPage(browser, DEMO.citizen);
  const { number: requestNumber, code } = await fileRequest(citizen, "Rekam medis pasien demam berdarah RSUD tahun 2025 (data agregat)");
  const utama = await signedInPage(browser, DEMO.utama);
  await refuse(utama, requestNumber);

  const number = await object(citizen, requestNumber);
  expect(number).toMatch(/^\d{3}\/KBR\/PPID-KPG\/\d{4}$/);
  await expect(citizen.getByText(`Keberatan Anda diterima dengan nomor ${number}`)).toBeVisible();
  const receipt = citizen.getByRole("link", { name: "Tanda Terima Pengajuan Keberatan" });
  const pdf = await citizen.request.get((await receipt.getAttribute("href"))!);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAxeViolations(citizen);

  const atasan = await signedInPage(browser, DEMO.atasan);
  await atasan.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Register keberatan" }).click();
  await expect(atasan.getByRole("row", { name: new RegExp(number) })).toContainText(requestNumber);
  await expectNoAxeViolations(atasan);
  await openObjection(atasan, number);
  await expect(atasan.getByText("Uji konsekuensi (UU 14/2008 Pasal 2 ayat (4), Pasal 19)")).toBeVisible();
  await expect(atasan.getByText(/SIMSI/).first()).toBeVisible();
  await expectNoAxeViolations(atasan);
  const partial = atasan.locator("form", { has: atasan.getByRole("button", { name: "Terima keberatan sebagian" }) });
  await partial.getByLabel("Bagian yang diterima dan alasan bagian yang ditolak").fill("Data agregat dibuka; identitas pasien tetap dikecualikan.");
  await partial.getByLabel("Yang harus diberikan PPID").fill("Rekap jumlah pasien DBD per bulan tanpa identitas");
  await partial.getByLabel("Jangka waktu bagi PPID (hari kerja)").fill("5");
  await partial.getByRole("button", { name: "Terima keberatan sebagian" }).click();
  await expect(atasan.getByText("Tanggapan disimpan dan surat tanggapan diterbitkan.")).toBeVisible();
  await expect(atasan.getByText("Rekap jumlah pasien DBD per bulan tanpa identitas").first()).toBeVisible();
  const answer = atasan.getByRole("link", { name: "Tanggapan Atasan PPID atas Keberatan" });
  expect((await (await atasan.request.get((await answer.getAttribute("href"))!)).body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The order reopened the request through its table; the PPID reports it on the request's case page.
  await utama.goto(`/kantor/permohonan?q=${encodeURIComponent(requestNumber)}`);
  await utama.getByRole("row", { name: new RegExp(requestNumber) }).getByRole("link", { name: requestNumber }).click();
  await expect(utama.getByText("Dibuka kembali atas perintah Atasan PPID").first()).toBeVisible();
  await utama.getByLabel("Bagaimana perintah dilaksanakan").fill("Rekap dikirim ke surel pemohon.");
  await utama.getByRole("button", { name: "Tandai sudah dilaksanakan" }).click();
  await expect(utama.getByText("Perintah Atasan PPID dicatat telah dilaksanakan.")).toBeVisible();
  await expectNoAxeViolations(utama);

  // The public tracking page shows the chain request → objection with its deadlines.
  await citizen.goto("/lacak");
  await citizen.getByLabel("Nomor pendaftaran").fill(requestNumber);
  await citizen.getByLabel("Kode akses").fill(code);
  await citizen.getByRole("button", { name: "Lacak" }).click();
  await expect(citizen.getByRole("heading", { name: "Keberatan dan sengketa" })).toBeVisible();
  await expect(citizen.getByRole("heading", { name: `Keberatan ${number}` })).toBeVisible();
  await expect(citizen.getByText(/Batas waktu pengajuan sengketa/).first()).toBeVisible();

  await citizen.goto(`/akun/keberatan/${slug(number)}`);
  await expect(citizen.getByText("Keberatan diterima sebagian").first()).toBeVisible();
  await expect(citizen.getByText(/sudah dilaksanakan/).first()).toBeVisible();
  await expect(citizen.getByText(/Batas waktu pengajuan sengketa/).first()).toBeVisible();
});

test("Atasan menolak keberatan; warga melanjutkan; petugas mencatat sengketa dan mengunduh berkasnya", async ({ browser }) => {
  const citizen = await signedInPage(browser, DEMO.citizen);
  const { number: requestNumber } = await fileRequest(citizen, "Rekam medis pasien rawat inap RSUD bulan Maret 2026");
  const utama = await signedInPage(browser, DEMO.utama);
  await refuse(utama, requestNumber);
  const number = await object(citizen, requestNumber);

  const atasan = await signedInPage(browser, DEMO.atasan);
  await openObjection(atasan, number);
  await atasan.getByLabel("Alasan penolakan (UU 14/2008 Pasal 36 ayat (3))").fill("Rekam medis dikecualikan Pasal 17 huruf h; uji konsekuensi dikuatkan.");
  await atasan.getByRole("button", { name: "Tolak keberatan" }).click();
  await expect(atasan.getByText("Tanggapan disimpan dan surat tanggapan diterbitkan.")).toBeVisible();

  // The requester's response works without JavaScript (a plain form post to the server action).
  const noJs = await signedInPage(browser, DEMO.citizen, { javaScriptEnabled: false });
  await noJs.goto(`/akun/keberatan/${slug(number)}`);
  await expect(noJs.getByText("Keberatan ditolak").first()).toBeVisible();
  await noJs.getByRole("button", { name: "Saya akan mengajukan sengketa" }).click();
  await expect(noJs.getByText("Dicatat: pemohon melanjutkan ke Komisi Informasi.")).toBeVisible();
  await citizen.goto("/akun/keberatan");
  await citizen.getByRole("link", { name: number }).click();
  await expect(citizen.getByText("Pemohon melanjutkan ke Komisi Informasi").first()).toBeVisible();
  await expectNoAxeViolations(citizen);

  const desk = await signedInPage(browser, DEMO.desk);
  // The desk's form on behalf: ground (a) is still within its 30 working days and the first objection is answered.
  await desk.goto(`/kantor/keberatan/baru?permohonan=${encodeURIComponent(requestNumber)}`);
  await expect(desk.getByRole("heading", { name: "Catat keberatan" })).toBeVisible();
  await expect(desk.getByLabel("Saluran penerimaan")).toHaveValue("WALK_IN");
  await expect(desk.getByRole("checkbox", { name: /a\. Permohonan ditolak/ })).toBeVisible();
  await expectNoAxeViolations(desk);
  await openObjection(desk, number);
  await desk.getByRole("link", { name: "Catat sengketa informasi atas keberatan ini" }).click();
  await desk.getByLabel("Nomor register sengketa di Komisi Informasi").fill("007/REG-PSI/2026");
  await desk.getByRole("button", { name: "Catat sengketa" }).click();
  await expect(desk).toHaveURL(/\/kantor\/sengketa\/[a-z0-9]+\?baru=1/);
  await expect(desk.getByText("Sengketa dicatat.")).toBeVisible();
  await expectNoAxeViolations(desk);
  const bundleHref = (await desk.getByRole("link", { name: "Unduh berkas sengketa (PDF)" }).getAttribute("href"))!;
  const response = await desk.request.get(bundleHref);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await desk.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Sengketa" }).click();
  await expect(desk.getByRole("row", { name: /007\/REG-PSI\/2026/ })).toContainText(number);
  await expectNoAxeViolations(desk);

  // The Atasan may read disputes but not build the bundle (dispute.record).
  expect((await atasan.request.get(bundleHref)).status()).toBe(403);
  const csv = await desk.request.get(`/api/kantor/keberatan/ekspor?format=csv&q=${encodeURIComponent(number)}`);
  const text = await csv.text();
  expect(text.startsWith("\uFEFFNomor keberatan,Tanggal diterima")).toBe(true);
  expect(text).toContain("Mengajukan sengketa ke Komisi Informasi");
});
