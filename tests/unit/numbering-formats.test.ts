// Register numbers and access codes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCESS_CODE_ALPHABET,
  formatAccessCode,
  formatNumber,
  generateAccessCode,
  isValidOfficeCode,
  NUMBER_KIND_CODES,
  NUMBER_KINDS,
  normalizeAccessCode,
  normalizeNumber,
  parseNumber,
} from "@/lib/domain/numbering";

const officeCode = fc
  .array(fc.stringMatching(/^[A-Z0-9]{1,5}$/), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom("-", ".").map((sep) => parts.join(sep)));

describe("formatNumber / parseNumber", () => {
  it("writes the Indonesian register style", () => {
    expect(formatNumber("REQUEST", 1, 2026, "PPID-KPG")).toBe("001/PMH/PPID-KPG/2026");
    expect(formatNumber("OBJECTION", 42, 2026, "PPID-KPG")).toBe("042/KBR/PPID-KPG/2026");
    expect(formatNumber("LETTER_REFUSAL_DECISION", 1234, 2025, "PPID.KPG")).toBe("1234/SKP/PPID.KPG/2025");
    expect(formatNumber("LETTER_RECEIPT", 7, 2026, "KPG")).toBe("007/TB/KPG/2026");
  });

  it("has one distinct code per kind", () => {
    expect(Object.keys(NUMBER_KIND_CODES).sort()).toEqual([...NUMBER_KINDS].sort());
    expect(new Set(Object.values(NUMBER_KIND_CODES)).size).toBe(NUMBER_KINDS.length);
    expect(NUMBER_KIND_CODES).toMatchObject({
      LETTER_RECEIPT: "TB", LETTER_WRITTEN_NOTICE: "PT", LETTER_EXTENSION_NOTICE: "PWK",
      LETTER_REFUSAL_DECISION: "SKP", LETTER_OBJECTION_RECEIPT: "TTK", LETTER_ATASAN_ANSWER: "TAP",
    });
  });

  it("round-trips every number (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMBER_KINDS),
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1000, max: 9999 }),
        officeCode,
        (kind, seq, year, office) => {
          const text = formatNumber(kind, seq, year, office);
          expect(parseNumber(text)).toEqual({ kind, seq, year, officeCode: office });
          expect(normalizeNumber(text.toLowerCase())).toBe(text);
        },
      ),
    );
  });

  it("reads what people type: spaces, lower case, missing zeros", () => {
    expect(normalizeNumber("  1 / pmh / ppid-kpg / 2026 ")).toBe("001/PMH/PPID-KPG/2026");
    expect(parseNumber("0042/KBR/PPID-KPG/2026")).toEqual({ kind: "OBJECTION", seq: 42, year: 2026, officeCode: "PPID-KPG" });
  });

  it("rejects what is not one of our numbers", () => {
    for (const bad of ["", "001/PMH/PPID-KPG", "001/XYZ/PPID-KPG/2026", "000/PMH/PPID-KPG/2026", "001/PMH/PPID-KPG/26",
      "001/PMH/PPID--KPG/2026", "1234567/PMH/KPG/2026", "abc/PMH/KPG/2026", "001/PMH//2026", "001/PMH/KPG/2026/1"]) {
      expect(parseNumber(bad)).toBeNull();
    }
  });

  it("refuses to write invalid numbers", () => {
    expect(() => formatNumber("REQUEST", 0, 2026, "KPG")).toThrow(RangeError);
    expect(() => formatNumber("REQUEST", 1.5, 2026, "KPG")).toThrow(RangeError);
    expect(() => formatNumber("REQUEST", 1_000_000, 2026, "KPG")).toThrow(RangeError);
    expect(() => formatNumber("REQUEST", 1, 26, "KPG")).toThrow(RangeError);
    expect(() => formatNumber("REQUEST", 1, 2026, "ppid/kpg")).toThrow(RangeError);
    expect(isValidOfficeCode("PPID-KPG")).toBe(true);
    expect(isValidOfficeCode("ppid-kpg")).toBe(false);
  });
});

describe("access codes", () => {
  it("uses 32 unambiguous symbols", () => {
    expect(ACCESS_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(ACCESS_CODE_ALPHABET).size).toBe(32);
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it("is a pure function of the random bytes", () => {
    const bytes = Uint8Array.from([0, 1, 31, 32, 33, 255, 128, 64, 99]);
    // byte mod 32 indexes the alphabet: 0→2, 1→3, 31→Z, 32→2, 33→3, 255→Z, 128→2, 64→2 (9th byte unused)
    expect(generateAccessCode(bytes)).toBe("23Z23Z22");
    expect(generateAccessCode(bytes)).toBe(generateAccessCode(Uint8Array.from(bytes)));
  });

  it("always gives 8 symbols of the alphabet that normalize to themselves (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 32 }), (bytes) => {
        const code = generateAccessCode(bytes);
        expect(code).toMatch(new RegExp(`^[${ACCESS_CODE_ALPHABET}]{8}$`));
        expect(normalizeAccessCode(formatAccessCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it("needs 8 random bytes", () => {
    expect(() => generateAccessCode(new Uint8Array(7))).toThrow(RangeError);
  });

  it("normalizes typed codes and rejects ambiguous symbols", () => {
    expect(formatAccessCode("ABCDEFGH")).toBe("ABCD-EFGH");
    expect(normalizeAccessCode(" abcd efgh ")).toBe("ABCDEFGH");
    expect(normalizeAccessCode("ABCD-EFG0")).toBeNull();
    expect(normalizeAccessCode("ABCDEFG")).toBeNull();
  });
});
