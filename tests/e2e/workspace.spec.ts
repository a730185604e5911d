import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";
import { fileOnlineRequest, registerAndActivate } from "./journey";
import { waitForMail } from "./mailbox";

// Ruang kerja petugas: "Tugas saya" per peran — permohonan baru menunggu petugas meja, yang lengkap
// menunggu PPID Utama (dan dapat diteruskan ke unit usulan pemohon, cacat 1), yang diteruskan
// menunggu PPID Pelaksana, jawaban menunggu diperiksa PPID Utama; satu klik ke halaman perkara.

// The walk-in is recorded as received at the start of the current office minute, date and time read
// from one instant: a fixed hour would lie in the future before it (the form refuses that), e.g.
// 08:00 during 00:00–08:00 WITA.
function nowAtOffice(): { date: string; time: string } {
  const now = new Date();
  const zone = { timeZone: "Asia/Makassar" } as const;
  return {
    date: now.toLocaleDateString("sv-SE", zone),
    time: now.toLocaleTimeString("en-GB", { ...zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  };
}

async function registerAtDesk(page: Page, name: string, information: string): Promise<string> {
  await page.goto("/kantor/permohonan/baru");
  await page.getByRole("radio", { name: "Datang langsung" }).check();
  const { date, time } = nowAtOffice();
  await page.getByLabel("Tanggal diterima").fill(date);
  await page.getByLabel(/Jam diterima/).fill(time);
  await page.getByRole("radio", { name: "Perorangan" }).check();
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371011508900001");
  await page.getByLabel("Nomor telepon/HP").fill("081339000222");
  await page.getByLabel("Alamat lengkap").fill("Jl. El Tari No. 9, Kupang");
  await page.getByLabel("Pekerjaan").fill("Wartawan");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(information);
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan liputan");
  await page.getByLabel("Perangkat daerah yang diperkirakan menguasai informasi").selectOption({ label: "Dinas Kesehatan" });
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("radio", { name: "Mengambil langsung" }).check();
  await page.getByRole("button", { name: "Catat permohonan" }).click();
  await expect(page).toHaveURL(/\/kantor\/permohonan\/[a-z0-9]+\?terdaftar=1$/, { timeout: 30_000 });
  return (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Permohonan", "").trim();
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  return page;
}

/** Open the case from the user's "Tugas saya" by its number, checking the task's label on the way. */
async function openTask(page: Page, number: string, task: string) {
  await page.goto("/kantor");
  const queue = page.getByRole("region", { name: "Tugas saya" });
  const item = queue.getByRole("listitem").filter({ hasText: number });
  await expect(item).toContainText(task);
  await expect(item).toContainText(/Sisa \d+ hari kerja|Hari terakhir/);
  await item.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Permohonan ${number}`);
}

/** Open the step's disclosure on the case page and return it. */
async function step(page: Page, event: string) {
  const details = page.locator(`details[data-event="${event}"]`);
  await details.locator("summary").click();
  return details;
}

test.describe.configure({ mode: "serial" });

test("tugas saya: sebuah permohonan berpindah dari antrean meja ke PPID Utama, PPID Pelaksana, lalu kembali ke PPID Utama", async ({ browser }) => {
  test.setTimeout(150_000); // four roles sign in and act in turn; the shared machines are slow
  const desk = await as(browser, DEMO.desk);
  const number = await registerAtDesk(desk, "Yakobus Antrean", "Data jumlah tenaga kesehatan per puskesmas tahun 2025");

  await desk.goto("/kantor");
  const menu = desk.getByRole("navigation", { name: "Menu kantor" });
  await expect(menu.getByRole("link", { name: /Tugas saya/ })).toBeVisible();
  await expectNoAxeViolations(desk);
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.screenshot({ path: "test-results/tugas-saya-meja-1280.png", fullPage: true });
  await openTask(desk, number, "Permohonan baru: periksa kelengkapan");
  await (await step(desk, "VERIFY_COMPLETE")).getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(desk).toHaveURL(/selesai=VERIFY_COMPLETE/, { timeout: 30_000 });
  await desk.goto("/kantor");
  await expect(desk.getByRole("region", { name: "Tugas saya" })).not.toContainText(number);

  const utama = await as(browser, DEMO.utama);
  await openTask(utama, number, "Lengkap: teruskan ke unit atau putuskan");
  // Cacat 1: the requester's suggested unit can be chosen at once, so one "diteruskan" event suffices.
  const forward = await step(utama, "FORWARD_TO_UNIT");
  await forward.getByLabel("Unit yang menguasai informasi").selectOption({ label: "Dinas Kesehatan (usulan pemohon)" });
  await forward.getByRole("button", { name: "Teruskan ke unit" }).click();
  await expect(utama).toHaveURL(/selesai=FORWARD_TO_UNIT/, { timeout: 30_000 });
  await expect(utama.getByRole("region", { name: /Riwayat/ }).getByText("Diteruskan ke Dinas Kesehatan.")).toHaveCount(1);

  const pelaksana = await as(browser, DEMO.pelaksana);
  await openTask(pelaksana, number, "Diteruskan ke unit Anda: siapkan jawaban");
  const prepare = await step(pelaksana, "PREPARE_ANSWER");
  await prepare.getByLabel("Catatan jawaban").fill("Data tersedia di subbagian kepegawaian, 3 halaman.");
  await prepare.getByRole("button", { name: "Kirim rancangan jawaban" }).click();
  await expect(pelaksana).toHaveURL(/selesai=PREPARE_ANSWER/, { timeout: 30_000 });

  await openTask(utama, number, "Jawaban unit menunggu pemeriksaan");
  await utama.goto("/kantor");
  await expectNoAxeViolations(utama);
});

test("register ringkas muat di layar 1280 px dan menjadi kartu di ponsel 360 px; tampilan lengkap satu klik; cetak", async ({ browser }) => {
  const desk = await as(browser, DEMO.desk);
  await registerAtDesk(desk, "Elisabeth Register", "Rekapitulasi anggaran belanja modal per perangkat daerah tahun anggaran 2025 beserta realisasinya");
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.goto("/kantor/permohonan");
  const table = desk.getByRole("table", { name: /tampilan ringkas/ });
  await expect(table).toBeVisible();
  // Status and deadline fit on the screen: the table is no wider than its box.
  const region = desk.getByRole("region", { name: "Tabel register permohonan" });
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(table.getByRole("columnheader", { name: "Batas waktu" })).toBeInViewport();
  await expect(table.getByRole("row", { name: /Elisabeth Register/ })).toContainText(/Sisa \d+ hari kerja/);
  await desk.screenshot({ path: "test-results/register-1280.png", fullPage: true });
  await expectNoAxeViolations(desk);

  await desk.getByRole("link", { name: "Tampilan register lengkap" }).click();
  await expect(desk).toHaveURL(/tampilan=lengkap/);
  await expect(desk.getByRole("columnheader", { name: "Penguasaan informasi" })).toBeVisible();
  await desk.getByRole("button", { name: "Terapkan" }).click();
  await expect(desk).toHaveURL(/tampilan=lengkap/);
  await desk.getByRole("link", { name: "Tampilan ringkas" }).click();
  await expect(desk.getByRole("columnheader", { name: "Penguasaan informasi" })).toHaveCount(0);

  await desk.setViewportSize({ width: 360, height: 800 });
  await desk.goto("/kantor/permohonan");
  // The back-office menu is folded on a phone (details/summary, no JavaScript needed) and opens on a tap.
  const officeMenu = desk.getByRole("navigation", { name: "Menu kantor" });
  await expect(officeMenu.getByRole("link", { name: "Register permohonan" })).toBeHidden();
  await officeMenu.getByText("Menu kantor").click();
  await expect(officeMenu.getByRole("link", { name: "Register permohonan" })).toBeVisible();
  await desk.screenshot({ path: "test-results/menu-kantor-360.png" });
  await officeMenu.getByText("Menu kantor").click();
  const cards = desk.getByRole("list", { name: "Daftar register permohonan" });
  await expect(cards.getByRole("listitem").filter({ hasText: "Elisabeth Register" })).toContainText("Batas waktu");
  expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await desk.screenshot({ path: "test-results/register-360.png", fullPage: true });
  await expectNoAxeViolations(desk);

  await desk.goto("/kantor/keberatan");
  expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(desk);
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.goto("/kantor/permohonan");
  await desk.emulateMedia({ media: "print" });
  await expect(desk.getByRole("navigation", { name: "Menu kantor" })).toBeHidden();
  await expect(desk.getByRole("button", { name: "Cetak register" })).toBeHidden();
  await expect(desk.getByRole("table", { name: /tampilan ringkas/ })).toBeVisible();
  await desk.pdf({ path: "test-results/register-print.pdf", format: "A4" });
});

test("lupa kata sandi: jawaban yang sama untuk alamat terdaftar dan tidak; tautan palsu ditolak", async ({ page }) => {
  for (const email of [DEMO.citizen, "tidak.terdaftar@contoh.id"]) {
    await page.goto("/masuk");
    await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lupa kata sandi");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Kirim tautan atur ulang" }).click();
    await expect(page.getByRole("status")).toContainText("Jika alamat email itu terdaftar");
  }
  await expectNoAxeViolations(page);
  await page.goto("/atur-ulang-sandi?token=palsu");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("tidak berlaku");
});

test("atur ulang kata sandi lewat surel: tautan sekali pakai, sesi lain berakhir, sandi lama tidak berlaku", async ({ browser }) => {
  test.setTimeout(240_000); // two browsers, a registration and a mail round trip on a busy machine
  // A fresh account: the demo accounts' password is shared by the other specs.
  const email = `lupa-${Date.now()}@contoh.test`;
  const first = await (await browser.newContext()).newPage();
  await registerAndActivate(first, { name: "Warga Uji Pemulihan", email, phone: "081234567892", password: "kopi-pagi-di-oesapa-2026" });
  await signIn(first, email, "kopi-pagi-di-oesapa-2026");
  await expect(first).toHaveURL(/\/akun/);

  // Another browser asks for the link; it arrives through the SMTP receiver.
  const second = await (await browser.newContext()).newPage();
  await second.goto("/lupa-sandi");
  await second.getByLabel("Email").fill(email);
  await second.getByRole("button", { name: "Kirim tautan atur ulang" }).click();
  await expect(second.getByRole("status")).toContainText("Jika alamat email itu terdaftar");
  const mail = await waitForMail(email, "Atur ulang kata sandi Portal PPID");
  expect(mail.text).toContain("hanya dapat dipakai sekali");
  const link = /http:\/\/localhost:\d+\/atur-ulang-sandi\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
  await second.goto(link);
  await expectNoAxeViolations(second);
  await second.getByLabel(/^Kata sandi baru/).fill("senja-merah-di-lasiana-26");
  await second.getByLabel("Ulangi kata sandi baru").fill("senja-merah-di-lasiana-26");
  await second.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(second).toHaveURL(/\/masuk\?sandi=baru/);
  await expectNoAxeViolations(second);

  // The session opened before the reset has ended; the link works once; only the new password signs in.
  await first.goto("/akun");
  await expect(first).toHaveURL(/\/masuk/);
  await second.goto(link);
  await expect(second.getByRole("main").getByRole("alert")).toContainText("tidak berlaku");
  await expect(second.getByRole("button", { name: "Simpan kata sandi baru" })).toHaveCount(0);
  await signIn(second, email, "kopi-pagi-di-oesapa-2026");
  await expect(second).toHaveURL(/\/masuk/);
  await signIn(second, email, "senja-merah-di-lasiana-26");
  await expect(second).toHaveURL(/\/akun/);
});

test("menghapus hari libur meminta konfirmasi lebih dulu", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/kantor/, { timeout: 30_000 });
  await page.goto("/kantor/kalender");
  const first = page.locator("details").filter({ has: page.locator("summary", { hasText: "Hapus" }) }).first();
  await first.locator("summary").click();
  await expect(first.getByRole("group")).toContainText("batas waktu perkara yang masih berjalan dihitung ulang");
  await expect(first.getByRole("button", { name: /Ya, hapus/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("cacat 6: formulir penolakan dan keberatan menampilkan semua kesalahan sekaligus, dalam bahasa Indonesia", async ({ browser }) => {
  test.setTimeout(150_000);
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, DEMO.citizen);
  await expect(citizen).toHaveURL(/\/akun/, { timeout: 30_000 });
  const { number } = await fileOnlineRequest(citizen, "Daftar nama pasien rawat inap RSUD bulan Februari 2026");
  const utama = await as(browser, DEMO.utama);
  await utama.goto(`/kantor/permohonan?q=${encodeURIComponent(number)}`);
  await utama.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  await (await step(utama, "VERIFY_COMPLETE")).getByRole("button", { name: "Nyatakan lengkap" }).click();
  await expect(utama).toHaveURL(/selesai=VERIFY_COMPLETE/, { timeout: 30_000 });

  // One submit of an empty refusal with a new consequence test: every missing field is marked.
  const reject = await step(utama, "DECIDE_REJECT");
  await reject.getByRole("radio", { name: "Catat uji konsekuensi baru untuk permohonan ini" }).check();
  await reject.getByRole("button", { name: "Tolak permohonan" }).click();
  const form = utama.locator('details[data-event="DECIDE_REJECT"]');
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator("summary").click();
  for (const message of [/huruf Pasal 17/, "Konsekuensi bila dibuka wajib diisi.", "Pertimbangan kepentingan publik wajib diisi.", "Peserta uji konsekuensi wajib diisi.", "Nomor keputusan uji konsekuensi wajib diisi.", "Tanggal keputusan uji konsekuensi wajib diisi."]) {
    await expect(form.getByText(message).first()).toBeVisible();
  }
  await expect(form.getByLabel("Konsekuensi bila informasi dibuka")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(utama);
  await utama.reload();
  await expect(utama.locator('details[data-event="DECIDE_REJECT"]')).toHaveCount(1); // nothing was decided

  // The objection form: no browser bubble, the server's messages at each field, what was typed kept.
  await citizen.setViewportSize({ width: 360, height: 800 });
  await citizen.goto(`/akun/keberatan/ajukan?permohonan=${encodeURIComponent(number)}`);
  await citizen.getByLabel("Kasus posisi").fill("Singkat");
  await citizen.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(citizen.getByText("Pilih sedikitnya satu alasan keberatan.").last()).toBeVisible();
  await expect(citizen.getByText("Kasus posisi minimal 10 karakter.").last()).toBeVisible();
  await expect(citizen.getByLabel("Kasus posisi")).toHaveAttribute("aria-invalid", "true");
  await expect(citizen.getByLabel("Kasus posisi")).toHaveValue("Singkat");
  await citizen.screenshot({ path: "test-results/keberatan-kesalahan-360.png", fullPage: true });
  await expectNoAxeViolations(citizen);

  // Cacat 9: on a phone the citizen's own list is a card per request, Status and Batas waktu in view.
  await citizen.goto("/akun");
  const card = citizen.getByRole("list", { name: "Daftar permohonan informasi Anda" }).getByRole("listitem").filter({ hasText: number });
  await expect(card).toContainText("Status");
  await expect(card.getByText("Batas waktu")).toBeInViewport();
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await citizen.screenshot({ path: "test-results/akun-360.png", fullPage: true });
  await expectNoAxeViolations(citizen);
});
