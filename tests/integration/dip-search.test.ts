import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getDipCsv } from "@/app/api/v1/dip.csv/route";
import { GET as getDipJson } from "@/app/api/v1/dip/route";
import { parseDipQueryLenient, type DipQuery } from "@/lib/schemas/dip-query";
import { listPublishedExemptDip } from "@/lib/server/queries/dip-exempt-public";
import { getPublishedDipByNumber, listDipUnits, listDipYears, searchPublishedDip } from "@/lib/server/queries/dip-public";
import { listSertaMerta } from "@/lib/server/queries/serta-merta";
import { createDipEntry } from "@/lib/server/services/create-dip-entry";
import { transitionDipEntry } from "@/lib/server/services/transition-dip-entry";
import { updateDipEntry } from "@/lib/server/services/update-dip-entry";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";
import { entryInput, userByEmail } from "./dip-fixtures";

let t: TestDb;
const NOW = new Date("2026-11-23T02:00:00Z"); // 10.00 WITA
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const q = (over: Partial<DipQuery>): DipQuery => ({ page: 1, pageSize: 20, ...over });

async function addEntry(number: string, data: { title: string; summary?: string; category?: "BERKALA" | "SERTA_MERTA" | "SETIAP_SAAT" | "DIKECUALIKAN"; status?: "DRAFT" | "PUBLISHED" | "UNPUBLISHED"; publishedAt?: Date; form?: "SOFTCOPY" | "HARDCOPY" | "BOTH"; year?: number; link?: string }) {
  const unit = await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } });
  return t.client.dipEntry.create({
    data: {
      number,
      title: data.title,
      summary: data.summary ?? "Uji.",
      category: data.category ?? "SETIAP_SAAT",
      status: data.status ?? "PUBLISHED",
      publishedAt: data.publishedAt ?? (data.status && data.status !== "PUBLISHED" ? null : daysAgo(100)),
      unitId: unit.id,
      responsible: "Kepala Dinas Kesehatan",
      producedWhen: "2026",
      producedWhere: "Kota Kupang",
      form: data.form ?? "SOFTCOPY",
      retention: "5 tahun",
      year: data.year ?? 2026,
      link: data.link ?? null,
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await addEntry("TST-MOHON", { title: "Tata Cara Mohon Izin Keramaian", form: "HARDCOPY", year: 2024, link: "javascript:alert(1)" });
  await addEntry("TST-DRAFT", { title: "Permohonan Anggaran Rahasia (draf)", status: "DRAFT" });
  await addEntry("TST-UNPUB", { title: "Permohonan Anggaran Ditarik", status: "UNPUBLISHED" });
  await addEntry("TST-EXEMPT", { title: "Permohonan Anggaran Dikecualikan", category: "DIKECUALIKAN" });
  await addEntry("TST-SM-NEW", { title: "Banjir di Kelurahan Oesapa", category: "SERTA_MERTA", publishedAt: new Date("2026-11-20T00:15:00Z") });
  await addEntry("TST-SM-OLD", { title: "Kebakaran Lahan Bulan Lalu", category: "SERTA_MERTA", publishedAt: daysAgo(40) });
  await addEntry("TST-SM-FUT", { title: "Pengumuman Bertanggal Nanti", category: "SERTA_MERTA", publishedAt: new Date(NOW.getTime() + 86_400_000) });
  const apbd = await t.client.dipEntry.findUniqueOrThrow({ where: { number: "DIP-001" } });
  const sm = await t.client.dipEntry.findUniqueOrThrow({ where: { number: "TST-SM-NEW" } });
  const file = (purpose: "DIP_DOCUMENT" | "CONSEQUENCE_TEST_SHEET" | "ANNOUNCEMENT_IMAGE", key: string, extra: object) => ({
    purpose, fileName: `${key}.pdf`, mimeType: "application/pdf", size: 1_572_864, storageKey: key, sha256: "0".repeat(64), ...extra,
  });
  await t.client.attachment.createMany({
    data: [
      file("DIP_DOCUMENT", "apbd-2026", { dipEntryId: apbd.id }),
      file("CONSEQUENCE_TEST_SHEET", "internal-sheet", { dipEntryId: apbd.id }),
      { ...file("ANNOUNCEMENT_IMAGE", "peta-banjir", { dipEntryId: sm.id, altText: "Peta genangan banjir di Oesapa" }), mimeType: "image/png", fileName: "peta.png" },
    ],
  });
});
afterAll(() => t.close());

const numbers = (items: { number: string }[]) => items.map((i) => i.number);

describe(`DIP full-text search in Indonesian (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("stems: 'permohonan' finds entries with 'mohon' and 'Permohonan'", async () => {
    const r = await searchPublishedDip(q({ q: "permohonan" }));
    expect(numbers(r.items)).toContain("TST-MOHON");
    // The SOP's summary speaks of "permohonan informasi".
    expect(r.items.some((i) => /permohonan/i.test(i.summary))).toBe(true);
  });

  it("'anggaran' finds the APBD (Anggaran Pendapatan dan Belanja Daerah), ranked by relevance", async () => {
    const r = await searchPublishedDip(q({ q: "anggaran" }));
    expect(r.items.map((i) => i.title)).toContain("Anggaran Pendapatan dan Belanja Daerah (APBD) Kota Kupang Tahun 2026");
    expect(r.total).toBe(r.items.length);
    const multiword = await searchPublishedDip(q({ q: "anggaran pendapatan belanja daerah" }));
    expect(multiword.items[0]?.number).toBe("DIP-001");
  });

  it("never returns drafts, withdrawn or exempt entries, whatever the search", async () => {
    for (const term of ["permohonan anggaran", "anggaran", "rahasia", "dikecualikan", "rekam medis", "TST-EXEMPT"]) {
      const r = await searchPublishedDip(q({ q: term, pageSize: 100 }));
      expect(numbers(r.items)).not.toEqual(expect.arrayContaining(["TST-DRAFT"]));
      for (const n of ["TST-DRAFT", "TST-UNPUB", "TST-EXEMPT"]) expect(numbers(r.items)).not.toContain(n);
      expect(r.items.every((i) => i.category !== ("DIKECUALIKAN" as string))).toBe(true);
    }
    const all = await searchPublishedDip(q({ pageSize: 100 }));
    expect(all.items.some((i) => i.title.includes("Rekam Medis"))).toBe(false);
    expect(all.items.some((i) => i.title.includes("Rancangan Rencana Aksi"))).toBe(false); // demo DRAFT
  });

  it("a search by DIP number finds that entry; a search of only punctuation finds nothing and does not fail", async () => {
    expect(numbers((await searchPublishedDip(q({ q: "dip-001" }))).items)).toEqual(["DIP-001"]);
    expect((await searchPublishedDip(q({ q: "!!! & | ( ) :" }))).total).toBe(0);
    expect((await searchPublishedDip(q({ q: "'; DROP TABLE \"DipEntry\"; --" }))).total).toBe(0);
  });

  it("filters by category, unit, year and form, and combines them", async () => {
    const berkala = await searchPublishedDip(q({ category: "BERKALA", pageSize: 100 }));
    expect(berkala.total).toBeGreaterThan(5);
    expect(berkala.items.every((i) => i.category === "BERKALA")).toBe(true);
    const dinkes = await searchPublishedDip(q({ unit: "DINKES", pageSize: 100 }));
    expect(dinkes.items.every((i) => i.unitCode === "DINKES")).toBe(true);
    expect(numbers(dinkes.items)).toContain("TST-MOHON");
    const y2025 = await searchPublishedDip(q({ year: 2025, pageSize: 100 }));
    expect(y2025.total).toBeGreaterThan(0);
    expect(y2025.items.every((i) => i.year === 2025)).toBe(true);
    const hard = await searchPublishedDip(q({ form: "HARDCOPY" }));
    expect(numbers(hard.items)).toEqual(["TST-MOHON"]);
    const combined = await searchPublishedDip(q({ q: "anggaran", category: "BERKALA", unit: "BPKAD", year: 2026 }));
    expect(combined.items.length).toBeGreaterThan(0);
    expect(combined.items.every((i) => i.unitCode === "BPKAD" && i.year === 2026 && i.category === "BERKALA")).toBe(true);
    expect((await listDipUnits()).map((u) => u.code)).toContain("BPKAD");
    expect(await listDipYears()).toEqual(expect.arrayContaining([2026, 2025, 2024]));
  });

  it("paginates with a stable total; pages do not overlap; sorts by title and by newest", async () => {
    const p1 = await searchPublishedDip(q({ pageSize: 10, sort: "judul" }));
    const p2 = await searchPublishedDip(q({ pageSize: 10, sort: "judul", page: 2 }));
    const beyond = await searchPublishedDip(q({ pageSize: 10, page: 999 }));
    expect(p1.total).toBe(p2.total);
    expect(beyond.total).toBe(p1.total);
    expect(beyond.items).toEqual([]);
    expect(p1.items).toHaveLength(10);
    expect(numbers(p1.items).filter((n) => numbers(p2.items).includes(n))).toEqual([]);
    const titles = [...p1.items, ...p2.items].map((i) => i.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = await searchPublishedDip(q({ sort: "terbaru", pageSize: 100 }));
    const times = newest.items.map((i) => i.publishedAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("loads an entry page by number with its public documents only; 404 material stays hidden", async () => {
    const apbd = await getPublishedDipByNumber("dip-001");
    expect(apbd?.title).toMatch(/Anggaran Pendapatan/);
    expect(apbd?.documents).toEqual([{ id: expect.any(String), name: "apbd-2026.pdf", size: 1_572_864, type: "application/pdf" }]);
    expect((await getPublishedDipByNumber("TST-MOHON"))?.link).toBeNull(); // javascript: link dropped
    for (const n of ["TST-DRAFT", "TST-UNPUB", "TST-EXEMPT", "DIP-999", "../etc/passwd", ""]) {
      expect(await getPublishedDipByNumber(n)).toBeNull();
    }
  });

  it("lists exempt entries with their legal basis and consequence test, without links or documents", async () => {
    const dik = await listPublishedExemptDip();
    const medis = dik.find((d) => d.title === "Rekam Medis Pasien Puskesmas");
    expect(medis?.test?.legalBasis).toEqual(["Pasal 17 huruf h UU 14/2008", "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"]);
    expect(medis?.test?.decisionDate).toBe("2026-02-10");
    expect(dik.find((d) => d.title.startsWith("Dokumen Penawaran"))?.test?.exemptUntil).toBe("2026-12-31");
    expect(dik.every((d) => !("link" in d) && !("documents" in d))).toBe(true);
  });

  it("lists serta-merta announcements newest first; the home banner keeps the last 30 days only", async () => {
    const all = await listSertaMerta({ now: NOW });
    expect(all[0]?.number).toBe("TST-SM-NEW");
    expect(numbers(all)).toContain("TST-SM-OLD");
    expect(numbers(all)).not.toContain("TST-SM-FUT");
    expect(all[0]?.images).toEqual([{ id: expect.any(String), alt: "Peta genangan banjir di Oesapa" }]);
    expect(numbers(await listSertaMerta({ now: NOW, activeOnly: true }))).toEqual(["TST-SM-NEW"]);
  });

  it("the page's query parser falls back to defaults on bad values", () => {
    expect(parseDipQueryLenient({ tahun: "abc", kategori: "DIKECUALIKAN", halaman: "-3", urut: "x", q: " anggaran " })).toEqual({ q: "anggaran", page: 1, pageSize: 20 });
    expect(parseDipQueryLenient(new URLSearchParams("kategori=berkala&tahun=2025&bentuk=softcopy&urut=judul&halaman=2&unit=dinkes"))).toEqual({
      category: "BERKALA", year: 2025, form: "SOFTCOPY", sort: "judul", page: 2, pageSize: 20, unit: "DINKES",
    });
  });
});

describe("open data API /api/v1/dip", () => {
  const call = async (query: string) => getDipJson(new Request(`http://localhost:3000/api/v1/dip${query}`));

  it("returns the filtered page as JSON with absolute URLs and documents", async () => {
    const res = await call("?q=anggaran&kategori=BERKALA&perHalaman=2");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 2 });
    expect(body.total).toBeGreaterThan(2);
    expect(body.items).toHaveLength(2);
    const apbd = (await (await call("?q=DIP-001")).json()).items[0];
    expect(apbd).toMatchObject({
      number: "DIP-001",
      category: "BERKALA",
      unit: { code: "BPKAD" },
      form: "SOFTCOPY",
      year: 2026,
      url: "http://localhost:3000/informasi-publik/DIP-001",
      documents: [{ name: "apbd-2026.pdf", size: 1_572_864, type: "application/pdf", url: expect.stringMatching(/^http:\/\/localhost:3000\/api\/dokumen\//) }],
    });
    expect(apbd.publishedAt).toMatch(/\+08:00$/);
    expect(Object.keys(apbd)).toEqual(expect.arrayContaining(["summary", "responsible", "producedWhen", "producedWhere", "retention", "link"]));
  });

  it("answers 400 naming the bad parameter, never 500", async () => {
    for (const [query, parameter] of [["?kategori=DIKECUALIKAN", "kategori"], ["?tahun=abc", "tahun"], ["?year=20266", "year"], ["?halaman=0", "halaman"], ["?bentuk=PDF", "bentuk"], ["?urut=acak", "urut"], ["?perHalaman=1000", "perHalaman"]] as const) {
      const res = await call(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.parameter).toBe(parameter);
    }
  });

  it("exports the whole published DIP as CSV with a BOM, Indonesian header and office-zone times", async () => {
    const res = await getDipCsv(new Request("http://localhost:3000/api/v1/dip.csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = text.trim().split("\r\n");
    expect(header).toMatch(/^Nomor,Judul,Ringkasan isi,Kategori,.*Diterbitkan \(WITA\)/);
    const sm = rows.find((r) => r.startsWith("TST-SM-NEW"));
    expect(sm).toContain("2026-11-20 08:15"); // 00:15 UTC = 08.15 WITA
    expect(rows.some((r) => r.startsWith("TST-EXEMPT") || r.startsWith("TST-DRAFT"))).toBe(false);
    const all = await searchPublishedDip(q({ pageSize: 100 }));
    expect(rows.filter((r) => /^(DIP|TST)-/.test(r))).toHaveLength(all.total);
    expect((await getDipCsv(new Request("http://localhost:3000/api/v1/dip.csv?tahun=x"))).status).toBe(400);
  });
});

describe("the stored search vector follows the workflow's edits", () => {
  it("a new entry is found by its words once published; after an edit by the new words only", async () => {
    const [pelaksana, utama] = await Promise.all(["pelaksana", "utama"].map((n) => userByEmail(t.client, `${n}@kupang.demo`)));
    const input = entryInput({ title: "Rekapitulasi Imunisasi Balita", summary: "Cakupan imunisasi dasar per kelurahan." });
    const { id, number } = await createDipEntry(pelaksana, input);
    await transitionDipEntry(pelaksana, { entryId: id, event: "SUBMIT" });
    expect(numbers((await searchPublishedDip(q({ q: "imunisasi" }))).items)).not.toContain(number);
    await transitionDipEntry(utama, { entryId: id, event: "RETURN", note: "Judul diganti sesuai dokumen." });
    await updateDipEntry(pelaksana, { entryId: id, ...input, title: "Pemantauan Gizi Anak Sekolah", summary: "Status gizi murid sekolah dasar." });
    await transitionDipEntry(pelaksana, { entryId: id, event: "SUBMIT" });
    await transitionDipEntry(utama, { entryId: id, event: "PUBLISH" });

    // Stemmed as before: "pemantauan" and "dipantau" share "pantau".
    for (const words of ["gizi sekolah", "dipantau", "Pemantauan Gizi Anak Sekolah"]) {
      const r = await searchPublishedDip(q({ q: words, sort: "relevansi" }));
      expect(r.items[0]?.number, words).toBe(number);
    }
    expect(numbers((await searchPublishedDip(q({ q: "imunisasi" }))).items)).not.toContain(number);
    const api = await (await getDipJson(new Request("http://localhost:3000/api/v1/dip?q=gizi"))).json();
    expect(api.items.map((i: { number: string }) => i.number)).toContain(number);
  });
});
