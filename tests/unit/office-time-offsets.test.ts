// toOfficeLocalDateTime reads a zone's offset once per UTC day when it is steady that day: every
// instant, around offset changes included, must give the wall clock the time-zone data gives.
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { endOfOfficeDay, toOfficeLocalDateTime } from "@/lib/domain/calendar";

function reference(ms: number, zone: string) {
  const l = new TZDate(ms, zone);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return {
    date: `${pad(l.getFullYear(), 4)}-${pad(l.getMonth() + 1)}-${pad(l.getDate())}`,
    time: `${pad(l.getHours())}:${pad(l.getMinutes())}`,
    msOfDay: ((l.getHours() * 60 + l.getMinutes()) * 60 + l.getSeconds()) * 1000 + l.getMilliseconds(),
  };
}

// Days around offset changes: central Europe, Lord Howe (30-minute DST), Newfoundland (-03:30),
// Samoa skipping 30 December 2011, and the Indonesian zones (Makassar before 1970 too).
const CASES: [string, string][] = [
  ["Europe/Berlin", "2026-03-29"], ["Europe/Berlin", "2026-10-25"], ["Australia/Lord_Howe", "2026-04-05"],
  ["America/St_Johns", "2026-11-01"], ["Pacific/Apia", "2011-12-29"], ["Asia/Makassar", "2026-01-01"],
  ["Asia/Jakarta", "1963-12-31"], ["Asia/Jayapura", "2025-06-30"], ["UTC", "2024-02-29"],
];

describe("office-local wall clock with the per-day offset", () => {
  it.each(CASES)("%s around %s: every 7 minutes 13 seconds over three days", (zone, day) => {
    const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
    for (let ms = start; ms < start + 3 * 86_400_000; ms += 433_001) {
      const got = toOfficeLocalDateTime(new Date(ms), zone);
      expect({ date: got.date, time: got.time, msOfDay: got.msOfDay }, `${zone} ${new Date(ms).toISOString()}`).toEqual(reference(ms, zone));
    }
  });

  it("the end of an office day is the same instant whether computed once or again", () => {
    const first = endOfOfficeDay("2026-03-29", "Europe/Berlin");
    expect(first.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    const again = endOfOfficeDay("2026-03-29", "Europe/Berlin");
    expect(again).not.toBe(first);
    expect(again.getTime()).toBe(first.getTime());
  });
});
