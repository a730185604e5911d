// NIK (Nomor Induk Kependudukan), the 16-digit population number on the KTP (UU 24/2013
// Administrasi Kependudukan Pasal 13; layout per Permendagri on NIK): PP KK CC DDMMYY SSSS —
// province, regency/city, district, birth date (day + 40 for women), sequence. We only check that
// a number is plausible (a typing mistake is caught early); whether it belongs to the person is the
// desk's job with the KTP. Pure: no clock (a two-digit year may be 19YY or 20YY).

export const NIK_LENGTH = 16;

/** Province codes (kode wilayah Kemendagri): Aceh 11 … Papua Barat Daya 97. */
const PROVINCE_RANGES: readonly (readonly [number, number])[] = [
  [11, 19],
  [21, 21],
  [31, 36],
  [51, 53],
  [61, 65],
  [71, 76],
  [81, 82],
  [91, 97],
];

export type ParsedNik = {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** Day of birth as a calendar day (1–31), women's +40 removed. */
  birthDay: number;
  birthMonth: number;
  /** The two-digit year as written. */
  birthYearTwoDigits: number;
  female: boolean;
  sequence: string;
};

export function isPlausibleProvinceCode(code: number): boolean {
  return PROVINCE_RANGES.some(([from, to]) => code >= from && code <= to);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month exist in 19YY or 20YY (29 February of "00" exists in 2000). */
function isRealDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(month, 1900 + yy) || day <= daysIn(month, 2000 + yy);
}

/** Strips the spaces, dots and dashes people type into long numbers. */
export function normalizeNik(input: string): string {
  return typeof input === "string" ? input.replace(/[\s.-]/g, "") : "";
}

/** The reason a NIK is not plausible (Indonesian, for the form), or null when it is. */
export function nikProblem(input: string): string | null {
  const nik = normalizeNik(input);
  if (nik === "") return "NIK wajib diisi.";
  if (!/^\d+$/.test(nik)) return "NIK hanya berisi angka.";
  if (nik.length !== NIK_LENGTH) return `NIK harus ${NIK_LENGTH} angka (sekarang ${nik.length}).`;
  if (!isPlausibleProvinceCode(Number(nik.slice(0, 2)))) {
    return "Dua angka pertama NIK bukan kode provinsi yang dikenal. Periksa kembali sesuai KTP.";
  }
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const validDayField = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (!validDayField || !isRealDate(day, month, yy)) {
    return "Bagian tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid. Periksa kembali sesuai KTP.";
  }
  if (nik.slice(12) === "0000") return "Empat angka terakhir NIK tidak boleh 0000.";
  return null;
}

export function isValidNik(input: string): boolean {
  return nikProblem(input) === null;
}

/** The parts of a plausible NIK, or null. */
export function parseNik(input: string): ParsedNik | null {
  if (!isValidNik(input)) return null;
  const nik = normalizeNik(input);
  const rawDay = Number(nik.slice(6, 8));
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(2, 4),
    districtCode: nik.slice(4, 6),
    birthDay: rawDay > 40 ? rawDay - 40 : rawDay,
    birthMonth: Number(nik.slice(8, 10)),
    birthYearTwoDigits: Number(nik.slice(10, 12)),
    female: rawDay > 40,
    sequence: nik.slice(12),
  };
}

/**
 * For screens of people who may not see personal data (UU 27/2022 PDP): the region code and the
 * sequence stay, the birth date and district are hidden: "5371011508900001" → "5371••••••••0001".
 * Anything that is not 16 characters is hidden completely.
 */
export function maskNik(input: string | null | undefined): string {
  if (!input) return "—";
  const nik = normalizeNik(input);
  if (nik.length !== NIK_LENGTH) return "•".repeat(Math.max(nik.length, 4));
  return `${nik.slice(0, 4)}${"•".repeat(8)}${nik.slice(12)}`;
}
