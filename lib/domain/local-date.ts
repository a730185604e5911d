// Pure calendar-date arithmetic on "YYYY-MM-DD" strings (proleptic Gregorian calendar).
// No Date objects are used here, so nothing can depend on the process time zone: a local date is
// turned into a day number (days since 1970-01-01) with integer arithmetic and back.

/** A calendar date "YYYY-MM-DD", always meant as a date in the office's time zone. */
export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Indonesian weekday names, indexed by ISO weekday. */
export const WEEKDAY_NAMES_ID: Record<IsoWeekday, string> = {
  1: "Senin",
  2: "Selasa",
  3: "Rabu",
  4: "Kamis",
  5: "Jumat",
  6: "Sabtu",
  7: "Minggu",
};

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Parses a local date; throws RangeError unless it is a real date "YYYY-MM-DD" (years 1000–9999). */
export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const match = typeof date === "string" ? LOCAL_DATE_PATTERN.exec(date) : null;
  if (!match) throw new RangeError(`Tanggal tidak valid (format YYYY-MM-DD): ${String(date)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Tanggal tidak ada di kalender: ${date}`);
  }
  return { year, month, day };
}

export function isValidLocalDate(date: unknown): date is LocalDate {
  if (typeof date !== "string") return false;
  try {
    parseLocalDate(date);
    return true;
  } catch {
    return false;
  }
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days from civil date, after H. Hinnant's algorithm (exact for every Gregorian date).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (which is day 0). */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return formatLocalDate(year, month, day);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Jumlah hari harus bilangan bulat: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from a to b (positive when b is later). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const index = (((toDayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return (index + 1) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: LocalDate): number {
  return parseLocalDate(date).year;
}

/** Negative when a is earlier, 0 when equal, positive when later (valid dates compare as strings). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  parseLocalDate(a);
  parseLocalDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
