import { describe, expect, it } from "vitest";
import { buildWorkQueue, describeTaskStanding, queueStatuses, statesWhereRoleActs, WORK_QUEUE, type WorkCandidate } from "@/lib/domain/work-queue";
import { checkTransition, START } from "@/lib/domain/workflow";
import { REQUEST_WORKFLOW } from "@/lib/domain/request-workflow";
import { OBJECTION_WORKFLOW } from "@/lib/domain/objection-workflow";
import { ROLES } from "@/lib/domain/roles";
import { at, officialConfig, WITA } from "./calendar-fixtures";

const config = officialConfig(WITA);
// Tuesday 17 March 2026, 10:00 WITA.
const now = at("2026-03-17T10:00", "+08:00");

function request(over: Partial<WorkCandidate>): WorkCandidate {
  return {
    kind: "REQUEST", id: over.number ?? "x", number: "001/PPID/III/2026", status: "RECEIVED", requesterName: "Sari",
    summary: "Anggaran 2025", dueDate: "2026-03-24", dueRule: "REQUEST_RESPONSE", completionDueDate: null, ...over,
  };
}

describe("work queue derived from the workflow tables", () => {
  it("every task's event can be taken by its role in every state it lists (the table agrees)", () => {
    for (const role of ROLES) {
      for (const task of WORK_QUEUE[role]) {
        const states = statesWhereRoleActs(task.kind, task.event, role);
        expect(states.length, `${role} ${task.key}`).toBeGreaterThan(0);
        const workflow = task.kind === "REQUEST" ? REQUEST_WORKFLOW : OBJECTION_WORKFLOW;
        for (const state of states) {
          const check = checkTransition(workflow as never, state as never, task.event, role, {} as never);
          // Refused only by the guard/input (facts), never because the state or role does not allow it.
          if (!check.ok) expect(["GUARD", "INVALID_INPUT"]).toContain(check.code);
        }
      }
    }
    expect(statesWhereRoleActs("REQUEST", "VERIFY_COMPLETE", "PPID_PELAKSANA")).toEqual([]);
    expect(statesWhereRoleActs("REQUEST", "SUBMIT", "CITIZEN")).not.toContain(START);
  });

  it("the desk sees new requests, completions due and decisions to deliver, not the unit's work", () => {
    const queue = buildWorkQueue("DESK_OFFICER", [
      request({ id: "a", number: "001", status: "RECEIVED" }),
      request({ id: "b", number: "002", status: "AWAITING_COMPLETION", completionDueDate: "2026-03-17" }),
      request({ id: "c", number: "003", status: "DECIDED" }),
      request({ id: "d", number: "004", status: "IN_PROCESS" }),
    ], now, config);
    expect(queue.map((i) => [i.number, i.taskKey])).toEqual([["002", "completion"], ["001", "verify"], ["003", "deliver"]]);
    expect(queue[0]!.standing).toMatchObject({ dueDate: "2026-03-17", daysLeft: 0, dueSoon: true, overdue: false });
    expect(queue[2]!.standing).toBeNull();
    expect(queue[1]!.href).toBe("/kantor/permohonan/a");
  });

  it("overdue first, then by the nearest deadline, with working days left", () => {
    const queue = buildWorkQueue("PPID_PELAKSANA", [
      request({ id: "late", number: "010", status: "IN_PROCESS", dueDate: "2026-03-13" }),
      request({ id: "far", number: "011", status: "IN_PROCESS", dueDate: "2026-03-31" }),
      request({ id: "order", number: "012", status: "IN_PROCESS", dueDate: "2026-03-20", dueRule: "ATASAN_ORDER" }),
    ], now, config);
    expect(queue.map((i) => i.id)).toEqual(["late", "order", "far"]);
    expect(queue[0]!.standing?.overdue).toBe(true);
    expect(describeTaskStanding(queue[0]!.standing)).toBe("Terlambat 2 hari kerja");
    expect(queue[1]!.taskKey).toBe("order");
    expect(queue[2]!.taskKey).toBe("prepare");
  });

  it("the PPID Utama reviews answers, forwards verified requests and is warned of due ones", () => {
    const queue = buildWorkQueue("PPID_UTAMA", [
      request({ id: "p", number: "020", status: "ANSWER_PREPARED", dueDate: "2026-03-30" }),
      request({ id: "v", number: "021", status: "VERIFIED", dueDate: "2026-03-30" }),
      request({ id: "soon", number: "022", status: "IN_PROCESS", dueDate: "2026-03-19" }),
      request({ id: "calm", number: "023", status: "IN_PROCESS", dueDate: "2026-03-31" }),
    ], now, config);
    expect(queue.map((i) => [i.id, i.taskKey])).toEqual([["soon", "due"], ["p", "review"], ["v", "forward"]]);
  });

  it("the Atasan answers pending objections; the administrator has no queue", () => {
    const objection = { ...request({}), kind: "OBJECTION" as const };
    expect(buildWorkQueue("ATASAN_PPID", [
      { ...objection, id: "o1", number: "K-1", status: "RECEIVED" },
      { ...objection, id: "o2", number: "K-2", status: "ANSWERED" },
    ], now, config).map((i) => [i.id, i.href])).toEqual([["o1", "/kantor/keberatan/o1"]]);
    expect(queueStatuses("ATASAN_PPID").OBJECTION.sort()).toEqual(["RECEIVED", "UNDER_REVIEW"]);
    expect(queueStatuses("ADMIN")).toEqual({ REQUEST: [], OBJECTION: [] });
  });
});
