// Who may download which stored file (lib/domain/attachment-access.ts), role by role.
import { describe, expect, it } from "vitest";
import { attachmentAccess, refusalStatus, type AttachmentFacts } from "@/lib/domain/attachment-access";
import { formatPasal17, PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "@/lib/domain/pasal-17";
import type { CaseActor } from "@/lib/domain/permissions";

const UNIT = "dinkes";
const actors: Record<string, CaseActor | null> = {
  anonymous: null,
  citizen: { role: "CITIZEN", userId: "warga", unitId: null },
  otherCitizen: { role: "CITIZEN", userId: "warga2", unitId: null },
  desk: { role: "DESK_OFFICER", userId: "meja", unitId: null },
  utama: { role: "PPID_UTAMA", userId: "utama", unitId: null },
  pelaksana: { role: "PPID_PELAKSANA", userId: "pelaksana", unitId: UNIT },
  otherPelaksana: { role: "PPID_PELAKSANA", userId: "pelaksana2", unitId: "bpkad" },
  atasan: { role: "ATASAN_PPID", userId: "atasan", unitId: null },
  admin: { role: "ADMIN", userId: "admin", unitId: null },
};
const NAMES = Object.keys(actors);

function facts(over: Partial<AttachmentFacts>): AttachmentFacts {
  return { purpose: "DIP_DOCUMENT", uploadedById: "pelaksana", dipEntry: null, consequenceTest: null, kase: null, ...over };
}
const entry = (status: string, category = "BERKALA") => ({ status, category, unitId: UNIT });
const kase = { requesterUserId: "warga", unitId: UNIT, ownerUserIds: ["warga"] };

/** The names of the actors who get in (public counts for everyone). */
function admitted(f: AttachmentFacts): string[] {
  return NAMES.filter((name) => attachmentAccess(f, actors[name]!) !== "denied");
}

describe("attachmentAccess", () => {
  it("publishes the documents and images of a published, non-exempt entry only", () => {
    expect(attachmentAccess(facts({ dipEntry: entry("PUBLISHED") }), null)).toBe("public");
    expect(attachmentAccess(facts({ purpose: "ANNOUNCEMENT_IMAGE", dipEntry: entry("PUBLISHED", "SERTA_MERTA") }), null)).toBe("public");
    for (const f of [facts({ dipEntry: entry("PUBLISHED", "DIKECUALIKAN") }), ...["DRAFT", "SUBMITTED", "RETURNED", "UNPUBLISHED"].map((s) => facts({ dipEntry: entry(s) }))]) {
      expect(admitted(f)).toEqual(["utama", "pelaksana"]);
    }
  });

  it("opens consequence-test sheets to the PPID Utama and the units whose entries rest on them", () => {
    expect(admitted(facts({ purpose: "CONSEQUENCE_TEST_SHEET", consequenceTest: { linkedUnitIds: [] } }))).toEqual(["utama"]);
    expect(admitted(facts({ purpose: "CONSEQUENCE_TEST_SHEET", consequenceTest: { linkedUnitIds: [UNIT] } }))).toEqual(["utama", "pelaksana"]);
  });

  it("scopes case files, keeps KTP scans to personal_data.view or the owner, answer drafts to staff", () => {
    expect(admitted(facts({ purpose: "SUPPORTING", kase }))).toEqual(["citizen", "desk", "utama", "pelaksana", "atasan"]);
    expect(admitted(facts({ purpose: "KTP", kase }))).toEqual(["citizen", "desk", "utama", "atasan"]);
    expect(admitted(facts({ purpose: "POWER_OF_ATTORNEY", kase }))).toEqual(["citizen", "desk", "utama", "atasan"]);
    expect(admitted(facts({ purpose: "ANSWER_DRAFT", kase }))).toEqual(["desk", "utama", "pelaksana", "atasan"]);
    const unassigned = { ...kase, unitId: null };
    expect(admitted(facts({ purpose: "SUPPORTING", kase: unassigned }))).toEqual(["citizen", "desk", "utama", "atasan"]);
  });

  it("leaves an unlinked file to its uploader", () => {
    expect(admitted(facts({ purpose: "KTP", uploadedById: "warga" }))).toEqual(["citizen"]);
    expect(admitted(facts({ purpose: "KTP", uploadedById: null }))).toEqual([]);
  });
});

describe("Pasal 17", () => {
  it("summarises letters a–j and formats a basis", () => {
    expect(PASAL_17_LETTERS).toHaveLength(10);
    for (const letter of PASAL_17_LETTERS) expect(PASAL_17_SUMMARIES[letter]).toMatch(/\S/);
    expect(formatPasal17(["h"])).toBe("Pasal 17 huruf h");
    expect(formatPasal17(["h", "b"])).toBe("Pasal 17 huruf b dan h");
    expect(formatPasal17(["h", "a", "b", "x"])).toBe("Pasal 17 huruf a, b, dan h");
    expect(formatPasal17([])).toBe("");
  });
});

describe("refusalStatus (a refused download never reveals a file to outsiders)", () => {
  it("answers 404 to everyone refused outside the case, 403 only to those who may open the case", () => {
    const refused = (f: AttachmentFacts) =>
      Object.fromEntries(NAMES.filter((n) => attachmentAccess(f, actors[n]!) === "denied").map((n) => [n, refusalStatus(f, actors[n]!)]));
    // The KTP: the unit's PPID Pelaksana sees the case but not the identity paper.
    expect(refused(facts({ purpose: "KTP", kase }))).toEqual({ anonymous: 404, otherCitizen: 404, pelaksana: 403, otherPelaksana: 404, admin: 404 });
    // The internal draft: the requester knows their case.
    expect(refused(facts({ purpose: "ANSWER_DRAFT", kase }))).toMatchObject({ citizen: 403, otherCitizen: 404 });
    // Catalogue drafts: nobody refused learns that the file exists.
    expect(new Set(Object.values(refused(facts({ dipEntry: entry("DRAFT") }))))).toEqual(new Set([404]));
  });
});
