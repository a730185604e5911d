import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DipEntryDetails } from "@/components/dip-office/dip-entry-details";

// The office's read-only DIP entry shows the day it was published in the office's zone: an entry
// published at 07:30 WITA (23:30 UTC the evening before) was published that morning, not "yesterday".

const entry = (publishedAt: Date | null) => ({
  summary: "Laporan keuangan tahunan",
  category: "BERKALA",
  unit: { name: "Dinas Kesehatan" },
  responsible: "Sekretaris",
  producedWhen: "2025",
  producedWhere: "Kupang",
  form: "SOFTCOPY",
  retention: "5 tahun",
  year: 2025,
  link: null,
  publishedAt,
  consequenceTest: null,
});

const publishedDay = (publishedAt: Date | null, timeZone: string) => {
  const html = renderToStaticMarkup(createElement(DipEntryDetails, { entry: entry(publishedAt), timeZone }));
  return html.match(/<dt[^>]*>Tanggal terbit<\/dt><dd>([^<]*)<\/dd>/)?.[1];
};

describe("DIP entry details (office)", () => {
  it("dates an entry published just after the office's midnight on the office's day", () => {
    const morningInKupang = new Date("2026-03-31T23:30:00Z"); // 1 April 2026, 07.30 WITA
    expect(publishedDay(morningInKupang, "Asia/Makassar")).toBe("1 April 2026");
    expect(publishedDay(morningInKupang, "Asia/Jakarta")).toBe("1 April 2026"); // 06.30 WIB
    expect(publishedDay(morningInKupang, "Asia/Jayapura")).toBe("1 April 2026"); // 08.30 WIT
  });

  it("keeps the previous day until the office's own midnight (New Year's Eve in Jakarta)", () => {
    const lastMinute = new Date("2026-12-31T16:59:00Z"); // 31 Desember 23.59 WIB, 00.59 WITA
    expect(publishedDay(lastMinute, "Asia/Jakarta")).toBe("31 Desember 2026");
    expect(publishedDay(lastMinute, "Asia/Makassar")).toBe("1 Januari 2027");
  });

  it("shows a dash for an entry not yet published", () => {
    expect(publishedDay(null, "Asia/Makassar")).toBe("—");
  });
});
