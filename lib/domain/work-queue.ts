// "Tugas saya": what waits for a user's action now. A case waits for a role when the role may take
// the task's event in the case's state — read from the workflow tables (the same rows that show the
// buttons on the case page), never from a second list of states. Pure: `now` and the calendar come
// in; the query layer loads the candidate cases within the user's case scope.

import type { CalendarConfig } from "./calendar-types";
import { isOverdue, workingDaysLeft } from "./deadlines";
import { ATASAN_ORDER_RULE } from "./follow-up";
import { OBJECTION_WORKFLOW } from "./objection-workflow";
import { DUE_SOON_WORKING_DAYS } from "./request-facts";
import { REQUEST_WORKFLOW } from "./request-workflow";
import type { Role } from "./roles";
import { actorMayFire, fromStates, type Workflow } from "./workflow";

export type WorkCaseKind = "REQUEST" | "OBJECTION";

/** A case as the queue sees it (dates office-local "YYYY-MM-DD"). */
export type WorkCandidate = {
  kind: WorkCaseKind;
  id: string;
  number: string;
  status: string;
  requesterName: string;
  summary: string;
  /** The running deadline the task is measured against (completion period, response, order). */
  dueDate: string | null;
  dueRule: string | null;
  completionDueDate: string | null;
};

type TaskDefinition = {
  key: string;
  kind: WorkCaseKind;
  /** The event this role takes to move the case on; its states come from the workflow table. */
  event: string;
  label: string;
  /** Narrows the table's states (e.g. only verified requests, only an Atasan order). */
  when?: (c: WorkCandidate, standing: TaskStanding | null) => boolean;
  /** Which date the task runs against; default the case's dueDate. */
  deadline?: (c: WorkCandidate) => string | null;
};

export type TaskStanding = { dueDate: string; daysLeft: number; overdue: boolean; dueSoon: boolean };

// Per role, first matching definition wins (a case appears once in a user's queue).
export const WORK_QUEUE: Record<Role, readonly TaskDefinition[]> = {
  DESK_OFFICER: [
    { key: "verify", kind: "REQUEST", event: "VERIFY_COMPLETE", label: "Permohonan baru: periksa kelengkapan" },
    {
      key: "completion", kind: "REQUEST", event: "SUBMIT_COMPLETION", label: "Menunggu kelengkapan dari pemohon",
      deadline: (c) => c.completionDueDate,
    },
    // No legal period runs after the written notice; the task has no deadline of its own.
    { key: "deliver", kind: "REQUEST", event: "DELIVER", label: "Keputusan siap diserahkan kepada pemohon", deadline: () => null },
  ],
  PPID_PELAKSANA: [
    // UU 14/2008 Pasal 36: the Atasan's order runs on its own period (dueRule ATASAN_ORDER).
    {
      key: "order", kind: "REQUEST", event: "PREPARE_ANSWER", label: "Perintah Atasan PPID: berikan informasi",
      when: (c) => c.dueRule === ATASAN_ORDER_RULE,
    },
    { key: "prepare", kind: "REQUEST", event: "PREPARE_ANSWER", label: "Diteruskan ke unit Anda: siapkan jawaban" },
  ],
  PPID_UTAMA: [
    { key: "review", kind: "REQUEST", event: "RETURN_FOR_REVISION", label: "Jawaban unit menunggu pemeriksaan" },
    {
      key: "forward", kind: "REQUEST", event: "FORWARD_TO_UNIT", label: "Lengkap: teruskan ke unit atau putuskan",
      when: (c) => c.status === "VERIFIED",
    },
    // UU 14/2008 Pasal 22(7)-(8): the written notice is owed by the due date; an extension only before it.
    {
      key: "due", kind: "REQUEST", event: "DECIDE_GRANT_FULL", label: "Tenggat dekat: putuskan atau perpanjang",
      when: (_c, standing) => standing !== null && (standing.overdue || standing.dueSoon),
    },
  ],
  // UU 14/2008 Pasal 36(2): the written answer to an objection within 30 working days.
  ATASAN_PPID: [{ key: "objection", kind: "OBJECTION", event: "REJECT", label: "Keberatan menunggu tanggapan Atasan PPID" }],
  ADMIN: [],
  CITIZEN: [],
};

/** Whether the role has tasks at all (the administrator handles no case). */
export function hasWorkQueue(role: Role): boolean {
  return WORK_QUEUE[role].length > 0;
}

type AnyWorkflow = Workflow<string, string, unknown, string>;

function workflowOf(kind: WorkCaseKind): AnyWorkflow {
  return (kind === "REQUEST" ? REQUEST_WORKFLOW : OBJECTION_WORKFLOW) as unknown as AnyWorkflow;
}

/** The states in which `role` may take `event`, by the workflow table. */
export function statesWhereRoleActs(kind: WorkCaseKind, event: string, role: Role): string[] {
  const states = new Set<string>();
  for (const row of workflowOf(kind).rows) {
    if (row.event !== event || !actorMayFire(row, role)) continue;
    for (const state of fromStates(row.from)) if (state !== "START") states.add(state);
  }
  return [...states];
}

/** Which statuses of each case kind can put a case in this role's queue (for the query). */
export function queueStatuses(role: Role): Record<WorkCaseKind, string[]> {
  const out: Record<WorkCaseKind, string[]> = { REQUEST: [], OBJECTION: [] };
  for (const task of WORK_QUEUE[role]) {
    for (const state of statesWhereRoleActs(task.kind, task.event, role)) {
      if (!out[task.kind].includes(state)) out[task.kind].push(state);
    }
  }
  return out;
}

export type WorkItem = {
  taskKey: string;
  taskLabel: string;
  kind: WorkCaseKind;
  id: string;
  number: string;
  requesterName: string;
  summary: string;
  href: string;
  standing: TaskStanding | null;
};

function standingAt(dueDate: string | null, now: Date, config: CalendarConfig): TaskStanding | null {
  if (!dueDate) return null;
  const overdue = isOverdue(now, dueDate, config.timeZone);
  const daysLeft = workingDaysLeft(now, dueDate, config);
  return { dueDate, daysLeft, overdue, dueSoon: !overdue && daysLeft <= DUE_SOON_WORKING_DAYS };
}

function caseHref(c: WorkCandidate): string {
  return c.kind === "REQUEST" ? `/kantor/permohonan/${c.id}` : `/kantor/keberatan/${c.id}`;
}

/** Overdue first, then the nearest deadline, then cases without a running deadline; ties by number. */
export function compareWorkItems(a: WorkItem, b: WorkItem): number {
  const ad = a.standing?.dueDate ?? null;
  const bd = b.standing?.dueDate ?? null;
  if (ad !== bd) {
    if (ad === null) return 1;
    if (bd === null) return -1;
    return ad < bd ? -1 : 1;
  }
  return a.number.localeCompare(b.number);
}

/** The user's queue: each candidate matched against the role's tasks, sorted by deadline. */
export function buildWorkQueue(role: Role, candidates: readonly WorkCandidate[], now: Date, config: CalendarConfig): WorkItem[] {
  const items: WorkItem[] = [];
  for (const c of candidates) {
    for (const task of WORK_QUEUE[role]) {
      if (task.kind !== c.kind) continue;
      if (!statesWhereRoleActs(task.kind, task.event, role).includes(c.status)) continue;
      const standing = standingAt(task.deadline ? task.deadline(c) : c.dueDate, now, config);
      if (task.when && !task.when(c, standing)) continue;
      items.push({
        taskKey: task.key, taskLabel: task.label, kind: c.kind, id: c.id, number: c.number,
        requesterName: c.requesterName, summary: c.summary, href: caseHref(c), standing,
      });
      break;
    }
  }
  return items.sort(compareWorkItems);
}

/** "Sisa 3 hari kerja" / "Hari terakhir" / "Terlambat 2 hari kerja" / "Tanpa tenggat berjalan". */
export function describeTaskStanding(standing: TaskStanding | null): string {
  if (!standing) return "Tanpa tenggat berjalan";
  if (standing.overdue) return `Terlambat ${Math.max(1, -standing.daysLeft)} hari kerja`;
  if (standing.daysLeft === 0) return "Hari terakhir";
  return `Sisa ${standing.daysLeft} hari kerja`;
}
