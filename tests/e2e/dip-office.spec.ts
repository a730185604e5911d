import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./helpers";

// The catalogue's back office end to end: a PPID Pelaksana proposes an entry with a PDF, the PPID
// Utama publishes it, a visitor downloads the document; a citizen cannot reach the back office.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/(kantor|akun)/);
  return page;
}

test("a PPID Pelaksana proposes, the PPID Utama publishes, a visitor downloads", async ({ browser }) => {
  const title = `Profil Kesehatan Kota Kupang ${Date.now()}`;
  const pelaksana = await signedIn(browser, DEMO.pelaksana);
  await pelaksana.getByRole("link", { name: "Informasi publik (DIP)" }).click();
  await pelaksana.getByRole("link", { name: "Tambah entri" }).click();
  await expect(pelaksana.getByRole("heading", { name: "Tambah entri DIP" })).toBeVisible();
  // A PPID Pelaksana proposes for their own unit only: no unit choice.
  await expect(pelaksana.getByLabel("Pejabat/unit yang menguasai informasi")).toHaveCount(0);
  await expect(pelaksana.getByText("Dinas Kesehatan", { exact: true })).toBeVisible();
  await expectNoAxeViolations(pelaksana);

  await pelaksana.getByLabel("Kategori").selectOption("BERKALA");
  await pelaksana.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(pelaksana.getByText("Judul informasi minimal 5 karakter.")).toBeVisible();
  await expect(pelaksana.getByLabel("Kategori")).toHaveValue("BERKALA");
  await pelaksana.getByLabel("Judul informasi").fill(title);
  await pelaksana.getByLabel("Ringkasan isi informasi").fill("Data derajat kesehatan, sarana, dan tenaga kesehatan Kota Kupang.");
  await pelaksana.getByLabel("Penanggung jawab pembuatan informasi").fill("Kepala Dinas Kesehatan");
  await pelaksana.getByLabel("Waktu pembuatan").fill("Maret 2026");
  await pelaksana.getByLabel("Jangka waktu penyimpanan").fill("5 tahun");
  await pelaksana.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(pelaksana).toHaveURL(/\/kantor\/dip\/[^/?]+\?dibuat=1$/);
  const heading = await pelaksana.getByRole("heading", { level: 1 }).textContent();
  const number = /DIP-\d{3,}/.exec(heading ?? "")?.[0];
  expect(number).toBeTruthy();

  // A renamed program is refused by content; the PDF is accepted.
  await pelaksana.getByLabel("Unggah dokumen").setInputFiles({ name: "laporan.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00program") });
  await pelaksana.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(pelaksana.getByText(/Jenis berkas tidak diizinkan/)).toBeVisible();
  await pelaksana.getByLabel("Unggah dokumen").setInputFiles({ name: "profil-kesehatan.pdf", mimeType: "application/pdf", buffer: PDF });
  await pelaksana.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(pelaksana.getByText('Dokumen "profil-kesehatan.pdf" diunggah.')).toBeVisible();
  await expectNoAxeViolations(pelaksana);
  const href = await pelaksana.getByRole("link", { name: "profil-kesehatan.pdf" }).getAttribute("href");
  expect(href).toMatch(/^\/api\/dokumen\/.+/);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href!)).status()).toBe(404); // a draft's document stays hidden
  await pelaksana.getByRole("button", { name: "Ajukan untuk disahkan" }).click();
  await expect(pelaksana.getByText("Entri diajukan kepada PPID Utama untuk disahkan.")).toBeVisible();
  await expect(pelaksana.getByRole("button", { name: "Sahkan dan terbitkan" })).toHaveCount(0);

  const utama = await signedIn(browser, DEMO.utama);
  await utama.goto("/kantor/dip");
  await utama.getByRole("link", { name: /Usulan menunggu persetujuan/ }).click();
  await utama.getByRole("link", { name: title }).click();
  await utama.getByRole("button", { name: "Sahkan dan terbitkan" }).click();
  await expect(utama.getByText("Entri disahkan dan diterbitkan di Daftar Informasi Publik.")).toBeVisible();
  await expect(utama.getByText(/Status: Diterbitkan/)).toBeVisible();
  await expect(utama.getByRole("button", { name: "Tarik dari publikasi" })).toBeVisible();

  const visitor = await anonymous.newPage();
  const detail = await visitor.goto(`/informasi-publik/${number}`);
  expect(detail?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { name: title })).toBeVisible();
  const downloading = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: /profil-kesehatan\.pdf/ }).click();
  expect((await downloading).suggestedFilename()).toBe("profil-kesehatan.pdf");
  const file = await visitor.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await file.body()).toString("latin1")).toBe(PDF.toString("latin1"));
});

test("a citizen, a PPID Pelaksana and a visitor are kept out of what is not theirs", async ({ browser }) => {
  const citizen = await signedIn(browser, DEMO.citizen);
  await citizen.goto("/kantor/dip");
  await expect(citizen).toHaveURL(/\/terlarang$/);
  await citizen.goto("/kantor/uji-konsekuensi");
  await expect(citizen).toHaveURL(/\/terlarang$/);

  const pelaksana = await signedIn(browser, DEMO.pelaksana);
  await pelaksana.goto("/kantor/uji-konsekuensi");
  await expect(pelaksana).toHaveURL(/\/terlarang$/);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/kantor/dip");
  await expect(anonymous).toHaveURL(/\/masuk\?callbackUrl=%2Fkantor%2Fdip/);
  expect((await anonymous.request.get("/api/dokumen/tidak-ada")).status()).toBe(404);
});

test("the PPID Utama records a consequence test with the Pasal 17 letters", async ({ browser }) => {
  const utama = await signedIn(browser, DEMO.utama);
  await utama.getByRole("link", { name: "Uji konsekuensi" }).click();
  await utama.getByRole("link", { name: "Catat uji konsekuensi" }).click();
  await expectNoAxeViolations(utama);
  await utama.getByLabel("Informasi yang diuji").fill("Hasil pemeriksaan laboratorium pasien");
  await utama.getByRole("checkbox", { name: /Huruf h/ }).check();
  await utama.getByLabel("Konsekuensi yang timbul bila informasi dibuka").fill("Mengungkap rahasia pribadi pasien.");
  await utama.getByLabel("Pertimbangan kepentingan publik").fill("Perlindungan rahasia pribadi lebih besar daripada manfaat membuka.");
  await utama.getByLabel("Kesimpulan").selectOption("EXEMPT");
  await utama.getByLabel("Peserta uji konsekuensi").fill("PPID Utama, PPID Pelaksana Dinas Kesehatan");
  await utama.getByLabel("Nomor SK penetapan").fill("188.45/20/PPID-KPG/2026");
  await utama.getByLabel("Tanggal SK").fill("2026-04-08");
  await utama.getByRole("button", { name: "Simpan uji konsekuensi" }).click();
  await expect(utama.getByText("Tuliskan jangka waktu pengecualian atau tanggal berakhirnya.")).toBeVisible();
  await expect(utama.getByRole("checkbox", { name: /Huruf h/ })).toBeChecked();
  await expect(utama.getByLabel("Kesimpulan")).toHaveValue("EXEMPT");
  await utama.getByLabel("Berlaku sampai tanggal").fill("2030-12-31");
  await utama.getByLabel("Lembar uji konsekuensi yang ditandatangani").setInputFiles({ name: "lembar.pdf", mimeType: "application/pdf", buffer: PDF });
  await utama.getByRole("button", { name: "Simpan uji konsekuensi" }).click();
  await expect(utama.getByText("Uji konsekuensi disimpan.")).toBeVisible();
  await expect(utama.getByRole("link", { name: "lembar.pdf" })).toBeVisible();
});
