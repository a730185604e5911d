// The DIP review table (lib/domain/dip-workflow.ts): every (status, event, actor) triple is
// checked against an explicit expectation written out here, independently of the table.

import { describe, expect, it } from "vitest";
import {
  canEditDipEntry,
  DIP_EVENTS,
  DIP_STATUSES,
  DIP_WORKFLOW,
  type DipContext,
  type DipEvent,
  type DipStatus,
} from "@/lib/domain/dip-workflow";
import { can } from "@/lib/domain/permissions";
import { ACTORS, ROLES, type Actor } from "@/lib/domain/roles";
import { availableTransitions, checkTransition, START, validateWorkflow, type Start } from "@/lib/domain/workflow";

const UNIT = "unit-dinkes";
const OTHER = "unit-bpkad";
const TODAY = "2026-05-04";

/** A context in which every guard and input check passes for the given actor. */
function passing(actor: Actor, over: Partial<DipContext> = {}): DipContext {
  return {
    actorUnitId: actor === "PPID_PELAKSANA" ? UNIT : null,
    entryUnitId: UNIT,
    category: "BERKALA",
    consequenceTest: null,
    today: TODAY,
    note: "Lengkapi ringkasan isi.",
    ...over,
  };
}

// The expected table, written out: [from, event, actors, to].
const EXPECTED: [DipStatus | Start, DipEvent, Actor[], DipStatus][] = [
  [START, "CREATE", ["PPID_PELAKSANA", "PPID_UTAMA"], "DRAFT"],
  ["DRAFT", "SUBMIT", ["PPID_PELAKSANA", "PPID_UTAMA"], "SUBMITTED"],
  ["RETURNED", "SUBMIT", ["PPID_PELAKSANA", "PPID_UTAMA"], "SUBMITTED"],
  ["SUBMITTED", "RETURN", ["PPID_UTAMA"], "RETURNED"],
  ["SUBMITTED", "PUBLISH", ["PPID_UTAMA"], "PUBLISHED"],
  ["PUBLISHED", "UNPUBLISH", ["PPID_UTAMA"], "UNPUBLISHED"],
  ["UNPUBLISHED", "REPUBLISH", ["PPID_UTAMA"], "PUBLISHED"],
];

function expectedTarget(state: DipStatus | Start, event: DipEvent, actor: Actor): DipStatus | null {
  if (event === "EXEMPTION_ENDED") return actor === "SYSTEM" && state !== START ? (state as DipStatus) : null;
  const row = EXPECTED.find(([from, e, actors]) => from === state && e === event && actors.includes(actor));
  return row ? row[3] : null;
}

describe("the DIP table", () => {
  it("is well formed", () => {
    expect(validateWorkflow(DIP_WORKFLOW)).toEqual([]);
  });

  const states: (DipStatus | Start)[] = [START, ...DIP_STATUSES];
  for (const state of states) {
    for (const event of DIP_EVENTS) {
      for (const actor of ACTORS) {
        const target = expectedTarget(state, event, actor);
        it(`${state} × ${event} × ${actor} → ${target ?? "refused"}`, () => {
          const ctx = passing(actor, event === "EXEMPTION_ENDED" ? exemptExpired() : {});
          const check = checkTransition(DIP_WORKFLOW, state, event, actor, ctx);
          if (target === null) {
            expect(check.ok).toBe(false);
            if (!check.ok) expect(check.reason).toMatch(/\S/);
            return;
          }
          expect(check).toMatchObject({ ok: true, to: target });
          if (state !== START || event === "CREATE") {
            const offered = availableTransitions(DIP_WORKFLOW, state, actor, ctx).map((t) => t.event);
            expect(offered).toContain(event);
          }
        });
      }
    }
  }

  it("gives only roles with the matching permission a row", () => {
    for (const row of DIP_WORKFLOW.rows) {
      for (const role of row.roles) {
        if (role === "SYSTEM") continue;
        const permission = ["CREATE", "SUBMIT"].includes(row.event) ? "dip.propose" : "dip.publish";
        expect(can(role, permission), `${row.event} ${role}`).toBe(true);
      }
    }
  });
});

function exemptExpired(): Partial<DipContext> {
  return { category: "DIKECUALIKAN", consequenceTest: { conclusion: "EXEMPT", exemptUntil: "2026-05-03" } };
}

describe("guards", () => {
  it("keeps a PPID Pelaksana to their own unit", () => {
    for (const [state, event] of [[START, "CREATE"], ["DRAFT", "SUBMIT"], ["RETURNED", "SUBMIT"]] as const) {
      const check = checkTransition(DIP_WORKFLOW, state, event, "PPID_PELAKSANA", passing("PPID_PELAKSANA", { entryUnitId: OTHER }));
      expect(check).toMatchObject({ ok: false, code: "GUARD", reason: "PPID Pelaksana hanya dapat mengelola entri unitnya sendiri." });
    }
    const noUnit = checkTransition(DIP_WORKFLOW, "DRAFT", "SUBMIT", "PPID_PELAKSANA", passing("PPID_PELAKSANA", { actorUnitId: null }));
    expect(noUnit.ok).toBe(false);
    expect(checkTransition(DIP_WORKFLOW, "DRAFT", "SUBMIT", "PPID_UTAMA", passing("PPID_UTAMA", { entryUnitId: OTHER })).ok).toBe(true);
  });

  it("needs a live, exempting consequence test for an exempt entry (Pasal 19–20)", () => {
    const exempt = (consequenceTest: DipContext["consequenceTest"]) => passing("PPID_UTAMA", { category: "DIKECUALIKAN", consequenceTest });
    const cases: [DipContext, RegExp | null][] = [
      [exempt(null), /harus merujuk pada uji konsekuensi/],
      [exempt({ conclusion: "OPEN", exemptUntil: null }), /menyimpulkan informasi ini terbuka/],
      [exempt({ conclusion: "EXEMPT", exemptUntil: "2026-05-03" }), /sudah berakhir/],
      [exempt({ conclusion: "EXEMPT", exemptUntil: TODAY }), null],
      [exempt({ conclusion: "PARTLY_OPEN", exemptUntil: null }), null],
    ];
    for (const [ctx, refusal] of cases) {
      for (const [state, event] of [["DRAFT", "SUBMIT"], ["SUBMITTED", "PUBLISH"], ["UNPUBLISHED", "REPUBLISH"]] as const) {
        const check = checkTransition(DIP_WORKFLOW, state, event, "PPID_UTAMA", ctx);
        if (refusal) expect(check).toMatchObject({ ok: false, code: "GUARD", reason: expect.stringMatching(refusal) });
        else expect(check.ok).toBe(true);
      }
    }
  });

  it("asks for a note when returning and a reason when unpublishing", () => {
    for (const [state, event] of [["SUBMITTED", "RETURN"], ["PUBLISHED", "UNPUBLISH"]] as const) {
      const check = checkTransition(DIP_WORKFLOW, state, event, "PPID_UTAMA", passing("PPID_UTAMA", { note: " ok " }));
      expect(check).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
  });

  it("ends an exemption only for an exempt entry whose period is over", () => {
    const check = (over: Partial<DipContext>) => checkTransition(DIP_WORKFLOW, "PUBLISHED", "EXEMPTION_ENDED", "SYSTEM", passing("SYSTEM", over));
    expect(check(exemptExpired())).toMatchObject({ ok: true, to: "PUBLISHED" });
    expect(check({ category: "DIKECUALIKAN", consequenceTest: { conclusion: "EXEMPT", exemptUntil: TODAY } }).ok).toBe(false);
    expect(check({ category: "DIKECUALIKAN", consequenceTest: { conclusion: "EXEMPT", exemptUntil: null } }).ok).toBe(false);
    expect(check({ ...exemptExpired(), category: "SETIAP_SAAT" }).ok).toBe(false);
    expect(checkTransition(DIP_WORKFLOW, "PUBLISHED", "EXEMPTION_ENDED", "PPID_UTAMA", passing("PPID_UTAMA", exemptExpired())).ok).toBe(false);
  });
});

describe("canEditDipEntry", () => {
  for (const status of DIP_STATUSES) {
    for (const role of ROLES) {
      for (const unitId of [UNIT, OTHER]) {
        const editable = ["DRAFT", "RETURNED"].includes(status);
        const expected = editable && (role === "PPID_UTAMA" || (role === "PPID_PELAKSANA" && unitId === UNIT));
        it(`${status} × ${role} × ${unitId === UNIT ? "own unit" : "other unit"} → ${expected}`, () => {
          const actor = { role, userId: "u1", unitId: role === "PPID_PELAKSANA" ? UNIT : null };
          expect(canEditDipEntry(actor, { status, unitId })).toBe(expected);
        });
      }
    }
  }
});
