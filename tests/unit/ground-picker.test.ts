import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GroundPicker } from "@/components/objections/ground-picker";
import { nextDay } from "@/lib/domain/format-date";
import { groundsAvailable, type ObjectionRequestFacts } from "@/lib/domain/objection-grounds";

// The objection form's last day to object (UU 14/2008 Pasal 36(1)) carries the same provisional
// note as the letters and case pages when the 30 working days run into a year without a decree.

function addDays(date: string, days: number): string {
  let result = date;
  for (let i = 0; i < days; i++) result = nextDay(result);
  return result;
}

// With no holidays, 30 working days after a weekday are six weeks.
const refusedOn = (decidedOn: string): ObjectionRequestFacts => ({
  outcome: "REJECTED",
  status: "CLOSED",
  decidedOn,
  responseDueDate: decidedOn,
  noticeIssued: true,
  objectionFilingDeadlineFor: (groundDate) => addDays(groundDate, 42),
  officialYears: [2026],
});

function pickerText(decidedOn: string, today: string): string {
  const html = renderToStaticMarkup(createElement(GroundPicker, { availability: groundsAvailable(refusedOn(decidedOn), today) }));
  return html.replace(/<[^>]+>/g, "");
}

describe("GroundPicker", () => {
  it("marks a last day in a year without a decree as provisional", () => {
    // Refused on Tuesday 1 December 2026: the window ends on 12 January 2027, no SKB for 2027 yet.
    expect(pickerText("2026-12-01", "2026-12-02")).toContain(
      "dapat diajukan sampai 12 Januari 2027 (sementara, menunggu SKB hari libur nasional dan cuti bersama 2027), 30 hari kerja sejak 1 Desember 2026.",
    );
  });

  it("adds no note to a window inside an official year", () => {
    const text = pickerText("2026-04-08", "2026-04-09");
    expect(text).toContain("dapat diajukan sampai 20 Mei 2026, 30 hari kerja sejak 8 April 2026.");
    expect(text).not.toContain("sementara");
  });
});
