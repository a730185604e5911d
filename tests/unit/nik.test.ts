// NIK plausibility (UU 24/2013 Pasal 13) and masking (UU 27/2022 PDP).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlausibleProvinceCode, isValidNik, maskNik, nikProblem, normalizeNik, parseNik } from "@/lib/domain/nik";

// Kota Kupang (53 71), kecamatan 01, born 15-08-1990, sequence 0001.
const KUPANG_MAN = "5371011508900001";
const KUPANG_WOMAN = "5371015508900002"; // day 15 + 40

describe("nikProblem", () => {
  it("accepts plausible numbers of men and women", () => {
    expect(nikProblem(KUPANG_MAN)).toBeNull();
    expect(nikProblem(KUPANG_WOMAN)).toBeNull();
    expect(isValidNik("3174012901000123")).toBe(true); // 29-01-00, DKI Jakarta
  });

  it("tolerates spaces, dots and dashes", () => {
    expect(normalizeNik("5371 0115 0890 0001")).toBe(KUPANG_MAN);
    expect(isValidNik("5371.0115.0890.0001")).toBe(true);
    expect(isValidNik("5371-011508-900001")).toBe(true);
  });

  it("requires exactly 16 digits", () => {
    expect(nikProblem("")).toBe("NIK wajib diisi.");
    expect(nikProblem("53710115089000")).toMatch(/16 angka \(sekarang 14\)/);
    expect(nikProblem("53710115089000011")).toMatch(/16 angka/);
    expect(nikProblem("53710115089O0001")).toBe("NIK hanya berisi angka.");
  });

  it("checks the province code", () => {
    for (const code of [11, 19, 21, 31, 36, 51, 53, 61, 65, 71, 76, 81, 82, 91, 97]) {
      expect(isPlausibleProvinceCode(code), String(code)).toBe(true);
    }
    for (const code of [0, 10, 20, 22, 30, 37, 50, 54, 60, 66, 70, 77, 80, 83, 90, 98, 99]) {
      expect(isPlausibleProvinceCode(code), String(code)).toBe(false);
    }
    expect(nikProblem("9971011508900001")).toMatch(/kode provinsi/);
    expect(nikProblem("2271011508900001")).toMatch(/kode provinsi/);
  });

  it("checks the birth date part (day 1–31 or 41–71, month 1–12, a real date)", () => {
    const withDate = (ddmmyy: string) => `537101${ddmmyy}0001`;
    expect(isValidNik(withDate("010190"))).toBe(true);
    expect(isValidNik(withDate("310190"))).toBe(true);
    expect(isValidNik(withDate("410190"))).toBe(true); // woman, 1 January
    expect(isValidNik(withDate("710190"))).toBe(true); // woman, 31 January
    for (const bad of ["000190", "320190", "400190", "720190", "011390", "010090", "310490", "300290", "710490"]) {
      expect(nikProblem(withDate(bad)), bad).toMatch(/tanggal lahir/);
    }
    // 29 February: 2000 and 2004 were leap years; "01" is neither 1901 nor 2001.
    expect(isValidNik(withDate("290200"))).toBe(true);
    expect(isValidNik(withDate("290204"))).toBe(true);
    expect(isValidNik(withDate("690296"))).toBe(true); // woman, 29-02-1996
    expect(isValidNik(withDate("290201"))).toBe(false);
  });

  it("refuses the sequence 0000", () => {
    expect(nikProblem("5371011508900000")).toBe("Empat angka terakhir NIK tidak boleh 0000.");
  });

  it("every generated plausible NIK is accepted", () => {
    const provinces = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97];
    const nik = fc
      .record({
        province: fc.constantFrom(...provinces),
        region: fc.integer({ min: 0, max: 9999 }),
        day: fc.integer({ min: 1, max: 28 }),
        female: fc.boolean(),
        month: fc.integer({ min: 1, max: 12 }),
        yy: fc.integer({ min: 0, max: 99 }),
        seq: fc.integer({ min: 1, max: 9999 }),
      })
      .map((p) =>
        [p.province, p.region, p.female ? p.day + 40 : p.day, p.month, p.yy, p.seq]
          .map((n, i) => String(n).padStart([2, 4, 2, 2, 2, 4][i]!, "0"))
          .join(""),
      );
    fc.assert(fc.property(nik, (value) => value.length === 16 && isValidNik(value)));
  });
});

describe("parseNik", () => {
  it("reads the parts and the sex", () => {
    expect(parseNik(KUPANG_WOMAN)).toEqual({
      provinceCode: "53",
      regencyCode: "71",
      districtCode: "01",
      birthDay: 15,
      birthMonth: 8,
      birthYearTwoDigits: 90,
      female: true,
      sequence: "0002",
    });
    expect(parseNik(KUPANG_MAN)?.female).toBe(false);
    expect(parseNik("123")).toBeNull();
  });
});

describe("maskNik", () => {
  it("keeps the region and the sequence only", () => {
    expect(maskNik(KUPANG_MAN)).toBe("5371••••••••0001");
    expect(maskNik("5371 0115 0890 0001")).toBe("5371••••••••0001");
  });

  it("hides anything that is not a 16-digit number completely", () => {
    expect(maskNik(null)).toBe("—");
    expect(maskNik("")).toBe("—");
    expect(maskNik("12345")).toBe("•••••");
    expect(maskNik("12")).toBe("••••");
  });

  it("shows no digit of a number that is not 16 digits long (the one maskNik of the app)", () => {
    for (const odd of ["537101150890001", "53710115089000012", "5371-0115-0890", "KTP 5371011508900001 lama"]) {
      expect(maskNik(odd)).toMatch(/^•+$/);
    }
  });
});
