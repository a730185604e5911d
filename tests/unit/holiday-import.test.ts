import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  detectHolidayFileFormat,
  parseCsvHolidays,
  parseHolidayFile,
  parseIcsHolidays,
  parseJsonHolidays,
} from "@/lib/domain/holiday-import";
import { OFFICIAL_HOLIDAYS } from "@/lib/domain/holidays-data";
import { PREFILL_SOURCE, prefillFromDateHolidays } from "@/lib/domain/predicted-holidays";

const SHARED_JSON = "/work/shared/data/hari-libur.json";

const ics = (...events: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Uji//ID", ...events, "END:VCALENDAR", ""].join("\r\n");
const vevent = (uid: string, lines: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

describe("JSON", () => {
  it("reads one year of the hari-libur.json format, like the seeded 2026 decree", () => {
    let text: string;
    try {
      text = readFileSync(SHARED_JSON, "utf8");
    } catch {
      text = JSON.stringify({ years: { "2026": OFFICIAL_HOLIDAYS.filter((h) => h.date.startsWith("2026")) } });
    }
    const result = parseJsonHolidays(text, { year: 2026 });
    expect(result.errors).toEqual([]);
    const expected = OFFICIAL_HOLIDAYS.filter((h) => h.date.startsWith("2026"));
    expect(result.holidays.map((h) => [h.date, h.name, h.kind])).toEqual(expected.map((h) => [h.date, h.name, h.kind]));
    expect(result.holidays[0]?.source).toMatch(/^SKB/);
    expect(parseJsonHolidays(text, { year: 2027 }).errors).toEqual(["Berkas JSON tidak memuat daftar hari libur tahun 2027."]);
  });

  it("reads a plain array; kind defaults to NATIONAL and Indonesian kind names are understood", () => {
    const text = JSON.stringify([
      { date: "2027-01-01", name: "Tahun Baru 2027 Masehi" },
      { date: "2027-02-05", name: "Cuti bersama Imlek", kind: "cuti bersama", source: "SKB 2027" },
      { date: "2027-04-20", name: "HUT Kota Kupang", kind: "Libur Daerah" },
    ]);
    const { holidays, errors } = parseJsonHolidays(text, { year: 2027 });
    expect(errors).toEqual([]);
    expect(holidays.map((h) => h.kind)).toEqual(["NATIONAL", "CUTI_BERSAMA", "LOCAL"]);
    expect(holidays[1]).toMatchObject({ source: "SKB 2027", provisional: false });
    expect(holidays[0]?.source).toBeNull();
  });

  it("names the entry of every invalid date, duplicate, unknown kind and date outside the year", () => {
    const text = JSON.stringify([
      { date: "2027-01-01", name: "Tahun Baru" },
      { date: "2027-02-30", name: "Tidak ada" },
      { date: "2027-01-01", name: "Lagi" },
      { date: "2026-12-31", name: "Tahun lalu" },
      { date: "2027-03-01", name: "Aneh", kind: "libur bank" },
      { date: "2027-03-02", name: "" },
    ]);
    const { holidays, errors } = parseJsonHolidays(text, { year: 2027 });
    expect(holidays).toHaveLength(1);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^Entri ke-2: tanggal "2027-02-30" tidak valid/);
    expect(errors[1]).toBe("Entri ke-3: tanggal 2027-01-01 sudah tercantum di entri ke-1.");
    expect(errors[2]).toBe("Entri ke-4: tanggal 2026-12-31 bukan tahun 2027.");
    expect(errors[3]).toMatch(/^Entri ke-5: jenis "libur bank" tidak dikenal/);
    expect(errors[4]).toBe("Entri ke-6: nama hari libur kosong.");
  });

  it("reports unreadable JSON and an unknown shape", () => {
    expect(parseJsonHolidays("{ rusak").errors[0]).toMatch(/^Berkas JSON tidak dapat dibaca/);
    expect(parseJsonHolidays('{"holidays": 1}').errors[0]).toMatch(/^Berkas JSON harus berupa daftar/);
  });
});

describe("CSV", () => {
  it("reads the English header; kind is optional", () => {
    const text = "date,name,kind,source\n2027-01-01,Tahun Baru 2027 Masehi,NATIONAL,SKB 2027\n2027-02-05,\"Cuti bersama Imlek, 2578\",CUTI_BERSAMA,SKB 2027\n2027-08-17,Proklamasi Kemerdekaan,,\n";
    const { holidays, errors } = parseCsvHolidays(text, { year: 2027 });
    expect(errors).toEqual([]);
    expect(holidays.map((h) => [h.date, h.name, h.kind, h.source])).toEqual([
      ["2027-01-01", "Tahun Baru 2027 Masehi", "NATIONAL", "SKB 2027"],
      ["2027-02-05", "Cuti bersama Imlek, 2578", "CUTI_BERSAMA", "SKB 2027"],
      ["2027-08-17", "Proklamasi Kemerdekaan", "NATIONAL", null],
    ]);
  });

  it("reads Indonesian headers and kinds, a semicolon file from a spreadsheet, day-first dates and a BOM", () => {
    const text = "\uFEFFTanggal;Nama;Jenis;Sumber\r\n01/01/2027;Tahun Baru;libur nasional;SKB\r\n5-2-2027;Cuti bersama Imlek;cuti bersama;SKB\r\n2027-04-20;HUT Kota;libur daerah;Perda\r\n";
    const { holidays, errors } = parseCsvHolidays(text, { year: 2027 });
    expect(errors).toEqual([]);
    expect(holidays.map((h) => [h.date, h.kind])).toEqual([
      ["2027-01-01", "NATIONAL"],
      ["2027-02-05", "CUTI_BERSAMA"],
      ["2027-04-20", "LOCAL"],
    ]);
  });

  it("gives the line number of each bad row (the header is line 1; blank lines and quoted line breaks count)", () => {
    const text = "date,name,kind\n2027-01-01,Tahun Baru,NATIONAL\n2027-13-01,Bulan salah,NATIONAL\n2027-01-01,Ganda,NATIONAL\n2028-01-01,Tahun depan,\n\n2027-04-01,\"Dua\nbaris\",NATIONAL\n2027-05-01,Hari Buruh,libur bank\n";
    const { holidays, errors } = parseCsvHolidays(text, { year: 2027 });
    expect(holidays.map((h) => h.date)).toEqual(["2027-01-01", "2027-04-01"]);
    expect(errors.map((e) => e.split(":")[0])).toEqual(["Baris 3", "Baris 4", "Baris 5", "Baris 9"]);
    expect(errors[1]).toBe("Baris 4: tanggal 2027-01-01 sudah tercantum di baris 2.");
  });

  it("reports a quote that is never closed", () => {
    const { errors } = parseCsvHolidays('date,name\n2027-01-01,Tahun Baru\n2027-05-01,"Hari Buruh\n', { year: 2027 });
    expect(errors).toContain("Baris 3: tanda kutip tidak ditutup.");
  });

  it("needs the date and name columns", () => {
    expect(parseCsvHolidays("hari,keterangan\nSenin,Libur\n").errors[0]).toMatch(/^Baris 1: kolom date\/tanggal tidak ada/);
  });
});

describe("iCalendar", () => {
  it("takes DTSTART dates and SUMMARY names; a multi-day event gives each date; cuti bersama is recognised", () => {
    const text = ics(
      vevent("a", ["DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270102", "SUMMARY:Tahun Baru 2027 Masehi"]),
      vevent("b", ["DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270313", "SUMMARY:Cuti Bersama Idul Fitri"]),
      vevent("c", ["DTSTART;VALUE=DATE:20270817", "SUMMARY:Proklamasi Kemerdekaan"]),
    );
    const { holidays, errors } = parseIcsHolidays(text, { year: 2027 });
    expect(errors).toEqual([]);
    expect(holidays.map((h) => [h.date, h.kind])).toEqual([
      ["2027-01-01", "NATIONAL"],
      ["2027-03-10", "CUTI_BERSAMA"],
      ["2027-03-11", "CUTI_BERSAMA"],
      ["2027-03-12", "CUTI_BERSAMA"],
      ["2027-08-17", "NATIONAL"],
    ]);
    expect(holidays[0]?.name).toBe("Tahun Baru 2027 Masehi");
  });

  it("expands a yearly recurring event within the import year only", () => {
    const text = ics(vevent("r", ["DTSTART;VALUE=DATE:20200501", "RRULE:FREQ=YEARLY", "SUMMARY:Hari Buruh Internasional"]));
    expect(parseIcsHolidays(text, { year: 2027 }).holidays.map((h) => h.date)).toEqual(["2027-05-01"]);
    expect(parseIcsHolidays(text).errors[0]).toMatch(/^Baris 4: acara berulang/);
  });

  it("gives the line of the event for dates outside the year, and rejects unreadable files", () => {
    const text = ics(
      vevent("a", ["DTSTART;VALUE=DATE:20270101", "SUMMARY:Tahun Baru"]),
      vevent("b", ["DTSTART;VALUE=DATE:20261225", "SUMMARY:Natal 2026"]),
    );
    expect(parseIcsHolidays(text, { year: 2027 }).errors).toEqual(["Baris 10: tanggal 2026-12-25 bukan tahun 2027."]);
    expect(parseIcsHolidays("BEGIN:VCALENDAR\r\nrusak\r\n").errors[0]).toMatch(/^Berkas iCalendar tidak dapat dibaca/);
  });
});

describe("file type", () => {
  it("is decided by content first, then by extension", () => {
    expect(detectHolidayFileFormat("kalender.txt", '  {"years": {}}')).toBe("JSON");
    expect(detectHolidayFileFormat("kalender.csv", "BEGIN:VCALENDAR\r\n")).toBe("ICS");
    expect(detectHolidayFileFormat("kalender.json", "")).toBe("JSON");
    expect(detectHolidayFileFormat("kalender.ics", "")).toBe("ICS");
    expect(detectHolidayFileFormat("kalender", "date,name\n")).toBe("CSV");
  });

  it("refuses a file without any holiday", () => {
    expect(parseHolidayFile("x.csv", "date,name\n", { year: 2027 }).errors).toEqual(["Berkas tidak memuat satu pun hari libur."]);
  });
});

describe("prefill from date-holidays", () => {
  it("gives the holidays fixed by decree as such and the library's movable dates as provisional, one per date", () => {
    const holidays = prefillFromDateHolidays(2027);
    expect(holidays.length).toBeGreaterThanOrEqual(12);
    expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
    const fixed = new Set(["2027-01-01", "2027-05-01", "2027-06-01", "2027-08-17", "2027-12-25"]);
    for (const h of holidays) {
      expect(h.kind).toBe("NATIONAL");
      expect(h.date.startsWith("2027-")).toBe(true);
      if (fixed.has(h.date)) expect(h).toMatchObject({ provisional: false, source: expect.stringMatching(/Keppres|Perpres/) });
      else expect(h).toMatchObject({ provisional: true, source: PREFILL_SOURCE });
    }
    expect(holidays.find((h) => h.date === "2027-01-01")?.name).toBe("Tahun Baru 2027 Masehi");
    expect(holidays.map((h) => h.date)).toEqual(expect.arrayContaining([...fixed]));
    expect(holidays.some((h) => h.name.includes("Isra Mikraj") && h.provisional)).toBe(true);
  });
});
