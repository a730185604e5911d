import Holidays from "date-holidays";
import type { Holiday } from "./calendar";
import { provisionalYearHolidays } from "./provisional-calendar";

// A year without an SKB 3 Menteri yet is pre-filled (lib/domain/provisional-calendar.ts): the
// holidays fixed by decree, plus the date-holidays library's guess of the movable ones (Islamic
// holidays move by a day, cuti bersama is missing altogether), those rows provisional; the year
// stays unofficial until the administrator imports or confirms the decree (docs/domain.md, Working
// days). Pure computation (the year is a parameter), shared by the server's pre-fill and the tests
// that predict the app's dates; keep it out of client components: the library carries the rules of
// every country.

export const PREFILL_SOURCE = "date-holidays (sementara, bukan SKB)";

// date-holidays 3.37 labels the Isra Mikraj rule (27 Rajab) "Maulid Nabi Muhammad"; use the name
// the decrees use.
const NAME_BY_RULE: Record<string, string> = { "27 Rajab": "Isra Mikraj Nabi Muhammad SAW" };

export function prefillFromDateHolidays(year: number): Holiday[] {
  return provisionalYearHolidays(year, predictedHolidays(year));
}

function predictedHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`Tahun tidak valid: ${year}`);
  const library = new Holidays("ID", { languages: ["id"] });
  const byDate = new Map<string, string[]>();
  for (const entry of library.getHolidays(year, "id") ?? []) {
    if (entry.type !== "public") continue;
    // `date` is "YYYY-MM-DD hh:mm:ss [offset]": the calendar date of the rule, whatever the zone.
    const date = entry.date.slice(0, 10);
    if (!date.startsWith(`${year}-`)) continue;
    const name = NAME_BY_RULE[entry.rule] ?? entry.name;
    const names = byDate.get(date) ?? [];
    if (!names.includes(name)) names.push(name);
    byDate.set(date, names);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, names]) => ({ date, name: names.join(" / "), kind: "NATIONAL", source: PREFILL_SOURCE, provisional: true }));
}
