// The generic engine, the well-formedness of the three tables, and their agreement with the
// labels, the letters, the calendar's deadline rules and the database enums.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { DEADLINE_RULE_NAMES as CALENDAR_RULE_NAMES, type DeadlineRule } from "@/lib/domain/calendar";
import { DEADLINE_RULE_NAMES, isDeadlineRuleName, type DeadlineRuleName } from "@/lib/domain/deadline-rule-names";
import { DISPUTE_EVENTS, DISPUTE_OUTCOMES, DISPUTE_STATUSES, DISPUTE_WORKFLOW } from "@/lib/domain/dispute-workflow";
import * as labels from "@/lib/domain/labels";
import { LETTER_KINDS, LETTERS } from "@/lib/domain/letters";
import { NUMBER_KINDS } from "@/lib/domain/numbering";
import { OBJECTION_GROUNDS } from "@/lib/domain/objection-grounds";
import { OBJECTION_EVENTS, OBJECTION_OUTCOMES, OBJECTION_STATUSES, OBJECTION_WORKFLOW } from "@/lib/domain/objection-workflow";
import {
  REQUEST_CHANNELS,
  REQUEST_EVENTS,
  REQUEST_OUTCOMES,
  REQUEST_STATUSES,
  REQUEST_WORKFLOW,
} from "@/lib/domain/request-workflow";
import { ROLES } from "@/lib/domain/roles";
import {
  checkTransition,
  START,
  STAY,
  transitionOptions,
  validateWorkflow,
  type TransitionRow,
  type Workflow,
} from "@/lib/domain/workflow";
import { requestBase } from "./workflow-fixtures";

type Toy = Workflow<"OPEN" | "DONE", "GO" | "TICK" | "AUTO", { blocked: boolean; input?: string }, "GOOD">;

const toy: Toy = {
  noun: "contoh",
  statuses: ["OPEN", "DONE"],
  events: ["GO", "TICK", "AUTO"],
  statusLabels: { OPEN: "Terbuka", DONE: "Selesai" },
  rows: [
    {
      from: "OPEN", event: "GO", roles: ["PPID_UTAMA"], to: "DONE", outcome: "GOOD", label: "Jalan",
      guard: (ctx) => (ctx.blocked ? "Sedang diblokir." : null),
      validate: (ctx) => (ctx.input ? null : "Isi alasan."),
    },
    { from: "OPEN", event: "TICK", roles: ["DESK_OFFICER"], to: STAY, label: "Detak" },
    { from: "DONE", event: "AUTO", roles: ["SYSTEM"], system: true, to: "OPEN", outcome: null, label: "Otomatis" },
  ],
};

describe("checkTransition", () => {
  it("accepts with the target, the row and the outcome", () => {
    const result = checkTransition(toy, "OPEN", "GO", "PPID_UTAMA", { blocked: false, input: "x" });
    expect(result).toMatchObject({ ok: true, from: "OPEN", to: "DONE", outcome: "GOOD" });
  });

  it("keeps the status for STAY rows and leaves the outcome out when the row does not set it", () => {
    const result = checkTransition(toy, "OPEN", "TICK", "DESK_OFFICER", { blocked: false });
    expect(result.ok && result.to).toBe("OPEN");
    expect(result.ok && "outcome" in result).toBe(false);
  });

  it("reports a cleared outcome as null", () => {
    expect(checkTransition(toy, "DONE", "AUTO", "SYSTEM", { blocked: false })).toMatchObject({ ok: true, outcome: null });
  });

  it("distinguishes wrong state, wrong role, guard and input", () => {
    const ctx = { blocked: false, input: "x" };
    expect(checkTransition(toy, "DONE", "GO", "PPID_UTAMA", ctx)).toEqual({
      ok: false, code: "NOT_IN_STATE", reason: 'Tindakan "Jalan" tidak dapat dilakukan pada contoh berstatus "Selesai".',
    });
    expect(checkTransition(toy, START, "GO", "PPID_UTAMA", ctx)).toEqual({
      ok: false, code: "NOT_IN_STATE", reason: 'Tindakan "Jalan" tidak dapat dilakukan pada contoh yang belum terdaftar.',
    });
    expect(checkTransition(toy, "OPEN", "GO", "CITIZEN", ctx)).toEqual({
      ok: false, code: "ROLE_NOT_ALLOWED", reason: 'Pemohon tidak berwenang melakukan tindakan "Jalan".',
    });
    expect(checkTransition(toy, "DONE", "AUTO", "ADMIN", ctx)).toEqual({
      ok: false, code: "ROLE_NOT_ALLOWED", reason: 'Tindakan "Otomatis" hanya dijalankan otomatis oleh sistem.',
    });
    expect(checkTransition(toy, "OPEN", "GO", "PPID_UTAMA", { blocked: true })).toEqual({ ok: false, code: "GUARD", reason: "Sedang diblokir." });
    expect(checkTransition(toy, "OPEN", "GO", "PPID_UTAMA", { blocked: false })).toEqual({ ok: false, code: "INVALID_INPUT", reason: "Isi alasan." });
  });

  it("never lets a user role fire a system row, even if listed by mistake", () => {
    const broken: Toy = { ...toy, rows: [{ ...toy.rows[2]!, roles: ["SYSTEM", "ADMIN"] }] };
    expect(checkTransition(broken, "DONE", "AUTO", "ADMIN", { blocked: false }).ok).toBe(false);
    expect(validateWorkflow(broken)).toContain("row 0 (AUTO): system row must be SYSTEM only");
  });
});

describe("transitionOptions", () => {
  it("lists the role's buttons with the guard's reason when disabled, without running input validation", () => {
    expect(transitionOptions(toy, "OPEN", "PPID_UTAMA", { blocked: true })).toMatchObject([
      { event: "GO", label: "Jalan", enabled: false, reason: "Sedang diblokir." },
    ]);
    expect(transitionOptions(toy, "OPEN", "PPID_UTAMA", { blocked: false })).toMatchObject([{ event: "GO", enabled: true }]);
    expect(transitionOptions(toy, "OPEN", "CITIZEN", { blocked: false })).toEqual([]);
  });
});

describe("validateWorkflow", () => {
  it.each([
    ["request", REQUEST_WORKFLOW],
    ["objection", OBJECTION_WORKFLOW],
    ["dispute", DISPUTE_WORKFLOW],
  ] as const)("the %s table is well formed", (_name, workflow) => {
    expect(validateWorkflow(workflow as unknown as Toy)).toEqual([]);
  });

  it("finds structural mistakes", () => {
    const rows: TransitionRow<"OPEN" | "DONE", "GO" | "TICK" | "AUTO", { blocked: boolean }, "GOOD">[] = [
      { from: START, event: "GO", roles: ["CITIZEN"], to: STAY, label: "" },
      { from: START, event: "GO", roles: ["CITIZEN", "SYSTEM"], to: "DONE", label: "Lagi" },
      { from: "OPEN", event: "TICK", roles: [], to: "DONE", label: "Detak" },
    ];
    expect(validateWorkflow({ ...toy, rows })).toEqual([
      "row 0 (GO): STAY from START",
      "row 0 (GO): empty label",
      "row 0 (GO): overlaps another row of the same event",
      "row 1 (GO): SYSTEM in a user row",
      "row 2 (TICK): no roles",
      "event AUTO: no row",
    ]);
  });
});

describe("agreement with the rest of the domain", () => {
  const tables = [REQUEST_WORKFLOW, OBJECTION_WORKFLOW, DISPUTE_WORKFLOW] as unknown as Toy[];
  const rows = tables.flatMap((table) => table.rows as readonly TransitionRow<string, string, unknown, string>[]);

  it("names the same deadline rules as the calendar module", () => {
    expect([...DEADLINE_RULE_NAMES].sort()).toEqual([...CALENDAR_RULE_NAMES].sort());
    expectTypeOf<DeadlineRuleName>().toEqualTypeOf<DeadlineRule>();
    expect(isDeadlineRuleName("REQUEST_RESPONSE")).toBe(true);
    expect(isDeadlineRuleName("TOMORROW")).toBe(false);
  });

  it("issues every letter kind from some transition, in the right kind of case", () => {
    const issued = new Set(rows.map((row) => row.letter).filter(Boolean));
    expect([...issued].sort()).toEqual([...LETTER_KINDS].sort());
    for (const row of REQUEST_WORKFLOW.rows) if (row.letter) expect(LETTERS[row.letter].caseKind).toBe("REQUEST");
    for (const row of OBJECTION_WORKFLOW.rows) if (row.letter) expect(LETTERS[row.letter].caseKind).toBe("OBJECTION");
    for (const kind of LETTER_KINDS) expect(NUMBER_KINDS).toContain(LETTERS[kind].numberKind);
    expect(new Set(LETTER_KINDS.map((kind) => LETTERS[kind].numberKind)).size).toBe(LETTER_KINDS.length);
  });

  it("starts only known deadlines, and each request/objection deadline is started somewhere", () => {
    const started = new Set(rows.map((row) => row.startsDeadline).filter(Boolean));
    for (const rule of started) expect(DEADLINE_RULE_NAMES).toContain(rule);
    for (const rule of ["REQUEST_RESPONSE", "REQUEST_EXTENSION", "REQUIREMENTS_COMPLETION", "OBJECTION_RESPONSE", "DISPUTE_FILING"]) {
      expect(started).toContain(rule);
    }
  });

  it("labels every status, outcome, channel, ground and event, and the buttons use those labels", () => {
    const pairs: [Record<string, unknown>, readonly string[]][] = [
      [labels.REQUEST_STATUS_LABELS, REQUEST_STATUSES],
      [labels.REQUEST_OUTCOME_LABELS, REQUEST_OUTCOMES],
      [labels.REQUEST_CHANNEL_LABELS, REQUEST_CHANNELS],
      [labels.OBJECTION_STATUS_LABELS, OBJECTION_STATUSES],
      [labels.OBJECTION_OUTCOME_LABELS, OBJECTION_OUTCOMES],
      [labels.OBJECTION_GROUND_LABELS, OBJECTION_GROUNDS],
      [labels.DISPUTE_STATUS_LABELS, DISPUTE_STATUSES],
      [labels.DISPUTE_OUTCOME_LABELS, DISPUTE_OUTCOMES],
      [labels.REQUEST_EVENT_LABELS, REQUEST_EVENTS],
      [labels.OBJECTION_EVENT_LABELS, OBJECTION_EVENTS],
      [labels.DISPUTE_EVENT_LABELS, DISPUTE_EVENTS],
      [labels.ROLE_LABELS, ROLES],
    ];
    for (const [map, keys] of pairs) {
      expect(Object.keys(map).sort()).toEqual([...keys].sort());
      for (const value of Object.values(map)) expect(JSON.stringify(value)).not.toMatch(/""/);
    }
    for (const row of REQUEST_WORKFLOW.rows) expect(row.label).toBe(labels.REQUEST_EVENT_LABELS[row.event].button);
    for (const row of OBJECTION_WORKFLOW.rows) expect(row.label).toBe(labels.OBJECTION_EVENT_LABELS[row.event].button);
    for (const row of DISPUTE_WORKFLOW.rows) expect(row.label).toBe(labels.DISPUTE_EVENT_LABELS[row.event].button);
  });

  it("uses the enum values of prisma/schema.prisma", () => {
    const schema = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
    const enumValues = (name: string): string[] => {
      const block = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
      return block.split("\n").map((line) => line.replace(/\/\/.*$/, "").trim()).filter(Boolean);
    };
    expect(enumValues("Role")).toEqual([...ROLES]);
    expect(enumValues("RequestStatus")).toEqual([...REQUEST_STATUSES]);
    expect(enumValues("RequestOutcome")).toEqual([...REQUEST_OUTCOMES]);
    expect(enumValues("RequestChannel")).toEqual([...REQUEST_CHANNELS]);
    expect(enumValues("ObjectionStatus")).toEqual([...OBJECTION_STATUSES]);
    expect(enumValues("ObjectionOutcome")).toEqual([...OBJECTION_OUTCOMES]);
    expect(enumValues("ObjectionGround")).toEqual([...OBJECTION_GROUNDS]);
    expect(enumValues("DisputeStatus")).toEqual([...DISPUTE_STATUSES]);
    expect(enumValues("DisputeOutcome")).toEqual([...DISPUTE_OUTCOMES]);
    expect(enumValues("NumberKind")).toEqual([...NUMBER_KINDS]);
    expect(enumValues("LetterKind")).toEqual([...LETTER_KINDS]);
  });

  it("never touches the context it is given", () => {
    const frozen = Object.freeze({ ...requestBase, input: Object.freeze({ ...requestBase.input }) });
    for (const event of REQUEST_EVENTS) checkTransition(REQUEST_WORKFLOW, "IN_PROCESS", event, "PPID_UTAMA", frozen);
    expect(frozen).toEqual(requestBase);
  });
});
