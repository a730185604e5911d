import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations } from "./helpers";
import { PDF, fileOnlineRequest, signedInPage } from "./journey";

// Survei Kepuasan Masyarakat, pengaduan and the DIP compliance check, as users meet them: a citizen
// whose request was closed fills the survey from the tracking page (once); an anonymous visitor
// files a complaint and tracks it; the PPID Utama maps a checklist item and sees it turn present.

const TEST_LABEL = "Rekam medis pasien — SK 188.45/02/PPID-KPG/2026 (Pasal 17 huruf h)";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("pemohon mengisi survei dari halaman lacak setelah permohonannya selesai, sekali saja", async ({ browser }) => {
  const citizen = await signedInPage(browser, DEMO.citizen);
  const { number, code } = await fileOnlineRequest(citizen, "Rekam medis pasien rawat inap tahun 2025 untuk survei");

  // The PPID Utama verifies and refuses it: the request is closed.
  const utama = await signedInPage(browser, DEMO.utama);
  await utama.goto(`/kantor/permohonan?q=${encodeURIComponent(number)}`);
  await utama.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  const verify = utama.locator('details[data-event="VERIFY_COMPLETE"]');
  await verify.locator("summary").click();
  await verify.getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(utama).toHaveURL(/selesai=VERIFY_COMPLETE/);
  const reject = utama.locator('details[data-event="DECIDE_REJECT"]');
  await reject.locator("summary").click();
  await reject.getByRole("checkbox", { name: /Huruf h/ }).check();
  await reject.getByLabel("Uji konsekuensi", { exact: true }).selectOption({ label: TEST_LABEL });
  await reject.getByLabel("Penjelasan").fill("Rekam medis memuat rahasia pribadi pasien.");
  await reject.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(utama).toHaveURL(/selesai=DECIDE_REJECT/);

  await citizen.goto("/lacak");
  await citizen.getByLabel("Nomor pendaftaran").fill(number);
  await citizen.getByLabel("Kode akses").fill(code);
  await citizen.getByRole("button", { name: "Lacak" }).click();
  await citizen.getByRole("link", { name: "Isi survei kepuasan" }).click();
  await expect(citizen.getByText(`Permohonan nomor ${number}`)).toBeVisible();
  await expectNoAxeViolations(citizen);
  const answers = ["Sangat sesuai", "Mudah", "Cepat", "Gratis", "Sesuai", "Sangat kompeten", "Sopan dan ramah", "Baik", "Dikelola dengan baik"];
  const groups = citizen.getByRole("group");
  for (const [i, answer] of answers.entries()) {
    await citizen.getByRole("group", { name: new RegExp(`^${i + 1}\\. `) }).getByRole("radio", { name: new RegExp(`\\. ${answer}$`) }).check();
  }
  expect(await groups.count()).toBeGreaterThanOrEqual(9);
  await citizen.getByLabel("Kelompok umur").selectOption({ label: "30–39 tahun" });
  await citizen.getByLabel("Saran dan masukan (boleh dikosongkan)").fill("Alasan penolakan dijelaskan dengan baik.");
  await citizen.getByRole("button", { name: "Kirim survei" }).click();
  await expect(citizen.getByRole("heading", { name: "Terima kasih" })).toBeVisible();

  await citizen.goto("/lacak");
  await citizen.getByLabel("Nomor pendaftaran").fill(number);
  await citizen.getByLabel("Kode akses").fill(code);
  await citizen.getByRole("button", { name: "Lacak" }).click();
  await expect(citizen.getByText("Terima kasih, survei untuk permohonan ini sudah diisi.")).toBeVisible();
  await expect(citizen.getByRole("link", { name: "Isi survei kepuasan" })).toHaveCount(0);

  await citizen.goto("/survei/hasil");
  await expect(citizen.getByRole("heading", { name: "Hasil Survei Kepuasan Masyarakat" })).toBeVisible();
  await expectNoAxeViolations(citizen);
  await utama.goto("/kantor/survei");
  await expect(utama.getByText("Alasan penolakan dijelaskan dengan baik.")).toBeVisible();
  await expectNoAxeViolations(utama);
});

test("pengunjung tanpa akun mengadu tanpa identitas, lalu melacak pengaduannya", async ({ page }) => {
  await page.goto("/pengaduan");
  await expect(page.getByRole("link", { name: /SP4N-LAPOR!/ })).toHaveAttribute("href", "https://www.lapor.go.id/");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
  await page.getByRole("radio", { name: "Penyalahgunaan wewenang" }).check();
  await page.getByLabel(/Pejabat\/petugas atau unit yang diadukan/).fill("Petugas loket pelayanan");
  await page.getByLabel(/Apa yang terjadi/).fill("Petugas meminta imbalan agar salinan dokumen diberikan lebih cepat.");
  await page.getByLabel("Bukti pendukung (boleh dikosongkan)").setInputFiles({ name: "bukti.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  const number = (await page.getByTestId("complaint-number").textContent())!.trim();
  const code = (await page.getByTestId("complaint-code").textContent())!.trim();
  expect(number).toMatch(/^\d{3}\/ADU\/PPID-KPG\/\d{4}$/);
  await expect(page.getByText(/tanpa identitas dan kontak/)).toBeVisible();

  await page.goto("/pengaduan/lacak");
  await page.getByLabel("Nomor pengaduan").fill(number);
  await page.getByLabel("Kode akses").fill(code);
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByTestId("complaint-status")).toHaveText("Diterima");
  expect(page.url()).not.toContain(code.replace("-", ""));
  await expectNoAxeViolations(page);
});

test("PPID Utama memetakan butir daftar wajib ke entri DIP dan butir itu menjadi tersedia", async ({ browser }) => {
  const utama = await signedInPage(browser, DEMO.utama);
  await utama.goto("/kantor/pengaduan");
  await expect(utama.getByRole("heading", { name: "Register pengaduan" })).toBeVisible();
  await expectNoAxeViolations(utama);

  await utama.getByRole("navigation", { name: "Menu kantor" }).getByRole("link", { name: "Kesiapan DIP" }).click();
  const item = utama.getByTestId("compliance-B05");
  await expect(item.getByTestId("status-B05")).toHaveText("Belum ada");
  await expectNoAxeViolations(utama);
  const option = item.locator("option", { hasText: "Realisasi Anggaran Semester I Tahun 2026" });
  await item.getByLabel("Petakan entri DIP").selectOption((await option.getAttribute("value"))!);
  await item.getByRole("button", { name: "Petakan" }).click();
  await expect(item.getByTestId("status-B05")).toHaveText("Tersedia");
  await expect(item.getByRole("link", { name: /Realisasi Anggaran Semester I Tahun 2026/ })).toBeVisible();

  await utama.goto("/profil");
  await expect(utama.getByRole("heading", { name: "Kesiapan Daftar Informasi Publik" })).toBeVisible();
});
