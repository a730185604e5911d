// Register numbers in URLs (the citizen's request page) and the identity paper per requester type.

import { describe, expect, it } from "vitest";
import { IDENTITY_DOCUMENTS, numberToSlug, REQUESTER_TYPES, slugToNumber } from "@/lib/domain/request-intake";

describe("numberToSlug / slugToNumber", () => {
  it("round-trips numbers, also when the office code contains dashes, dots or digits", () => {
    for (const number of ["001/PMH/PPID-KPG/2026", "1234/PMH/PPID.KAB-2/2027", "050/KBR/X/2026"]) {
      expect(slugToNumber(numberToSlug(number))).toBe(number);
    }
    expect(numberToSlug("001/PMH/PPID-KPG/2026")).toBe("001-PMH-PPID-KPG-2026");
    expect(slugToNumber("001-pmh-ppid-kpg-2026")).toBe("001/PMH/PPID-KPG/2026");
  });

  it("refuses anything else", () => {
    for (const slug of ["", "001-PMH-2026", "abc-PMH-PPID-2026", "001-PMH-PPID-KPG-26", "001/PMH/PPID/2026", "001-PMH--2026"]) {
      expect(slugToNumber(slug), slug).toBeNull();
    }
  });
});

describe("IDENTITY_DOCUMENTS", () => {
  it("names the paper of each requester type (KTP, deed, power of attorney)", () => {
    expect(REQUESTER_TYPES.map((t) => IDENTITY_DOCUMENTS[t].purpose)).toEqual(["KTP", "LEGAL_ENTITY_DOC", "POWER_OF_ATTORNEY"]);
  });
});
