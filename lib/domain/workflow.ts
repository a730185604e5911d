// The generic transition engine (docs/architecture.md): one table per workflow; the UI asks it which
// buttons to show (availableTransitions), the server asks it whether to accept (checkTransition),
// so they cannot disagree. Pure: facts about dates come in the context, computed by the caller.
//
// Conventions:
// - START is the pseudo-state before a case exists: creation events (SUBMIT, REGISTER, FILE) go
//   from START, so creation is checked like every other step.
// - `to: STAY` keeps the status (extension, deadline recomputation, consultation).
// - `outcome`: absent = unchanged, a value = set, null = cleared (a case reopened by an order).
// - `guard` judges the facts of the case and decides whether a button is offered at all;
//   `validate` judges what the actor enters with the event (reasons, Pasal 17 letter, dates) and
//   is only run by checkTransition. Both return an Indonesian refusal reason, or null.
// - `system: true` rows are fired by the SYSTEM actor only (roles must be exactly ["SYSTEM"]).
// - Case scoping (whose case, which unit) is NOT the engine's job: the caller checks
//   canAccessCase (permissions.ts) before asking the engine.

import type { DeadlineRuleName } from "./deadline-rule-names";
import type { LetterKind } from "./letters";
import { ACTOR_LABELS, type Actor } from "./roles";

export const START = "START" as const;
export type Start = typeof START;
export const STAY = "STAY" as const;
export type Stay = typeof STAY;

export type TransitionRow<S extends string, E extends string, C, O extends string> = {
  from: S | Start | readonly (S | Start)[];
  event: E;
  roles: readonly Actor[];
  system?: boolean;
  guard?: (ctx: C) => string | null;
  validate?: (ctx: C) => string | null;
  to: S | Stay;
  outcome?: O | null;
  startsDeadline?: DeadlineRuleName;
  /** A rule name, or true for "every running deadline of the case". */
  stopsDeadline?: DeadlineRuleName | true;
  letter?: LetterKind;
  /** Indonesian button label. */
  label: string;
};

export type Workflow<S extends string, E extends string, C, O extends string> = {
  /** Indonesian noun for messages: "permohonan", "keberatan", "sengketa". */
  noun: string;
  statuses: readonly S[];
  events: readonly E[];
  statusLabels: Record<S, string>;
  rows: readonly TransitionRow<S, E, C, O>[];
};

export type RefusalCode = "UNKNOWN_EVENT" | "NOT_IN_STATE" | "ROLE_NOT_ALLOWED" | "GUARD" | "INVALID_INPUT";

export type TransitionCheck<S extends string, E extends string, C, O extends string> =
  | { ok: true; from: S | Start; to: S; outcome?: O | null; row: TransitionRow<S, E, C, O> }
  | { ok: false; code: RefusalCode; reason: string };

export type TransitionOption<S extends string, E extends string, C, O extends string> = {
  event: E;
  label: string;
  enabled: boolean;
  /** Why the button is disabled (guard reason). */
  reason?: string;
  row: TransitionRow<S, E, C, O>;
};

export function fromStates<S extends string>(from: S | Start | readonly (S | Start)[]): readonly (S | Start)[] {
  return typeof from === "string" ? [from] : from;
}

function leavesFrom<S extends string, E extends string, C, O extends string>(
  row: TransitionRow<S, E, C, O>,
  state: S | Start,
): boolean {
  return fromStates(row.from).includes(state);
}

/** A role may fire a row when listed; a system row only by SYSTEM. */
export function actorMayFire<S extends string, E extends string, C, O extends string>(
  row: TransitionRow<S, E, C, O>,
  actor: Actor,
): boolean {
  if (row.system === true && actor !== "SYSTEM") return false;
  return row.roles.includes(actor);
}

export function eventLabel<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
  event: E,
): string {
  return workflow.rows.find((row) => row.event === event)?.label ?? event;
}

function stateText<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
  state: S | Start,
): string {
  if (state === START) return `${workflow.noun} yang belum terdaftar`;
  return `${workflow.noun} berstatus "${workflow.statusLabels[state as S] ?? state}"`;
}

/** Every button a role may press in a state, enabled or not (with the guard's reason). */
export function transitionOptions<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
  state: S | Start,
  actor: Actor,
  ctx: C,
): TransitionOption<S, E, C, O>[] {
  const options: TransitionOption<S, E, C, O>[] = [];
  for (const row of workflow.rows) {
    if (!leavesFrom(row, state) || !actorMayFire(row, actor)) continue;
    const reason = row.guard?.(ctx) ?? null;
    const existing = options.findIndex((option) => option.event === row.event);
    const option = { event: row.event, label: row.label, enabled: reason === null, row, ...(reason ? { reason } : {}) };
    if (existing === -1) options.push(option);
    else if (!options[existing]!.enabled && option.enabled) options[existing] = option;
  }
  return options;
}

/** What the UI shows: the events this role may fire now, with labels. */
export function availableTransitions<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
  state: S | Start,
  actor: Actor,
  ctx: C,
): { event: E; label: string; to: S; row: TransitionRow<S, E, C, O> }[] {
  return transitionOptions(workflow, state, actor, ctx)
    .filter((option) => option.enabled)
    .map((option) => ({ event: option.event, label: option.label, to: resolveTo(option.row, state), row: option.row }));
}

function resolveTo<S extends string, E extends string, C, O extends string>(
  row: TransitionRow<S, E, C, O>,
  state: S | Start,
): S {
  // A STAY row never leaves START (checked by validateWorkflow), so the state is a real status.
  return row.to === STAY ? (state as S) : row.to;
}

/** Whether the server accepts an event; refusals carry an Indonesian reason and a code. */
export function checkTransition<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
  state: S | Start,
  event: string,
  actor: Actor,
  ctx: C,
): TransitionCheck<S, E, C, O> {
  if (!(workflow.events as readonly string[]).includes(event)) {
    return { ok: false, code: "UNKNOWN_EVENT", reason: `Tindakan "${event}" tidak dikenal.` };
  }
  const label = eventLabel(workflow, event as E);
  const inState = workflow.rows.filter((row) => row.event === event && leavesFrom(row, state));
  if (inState.length === 0) {
    const reason = `Tindakan "${label}" tidak dapat dilakukan pada ${stateText(workflow, state)}.`;
    return { ok: false, code: "NOT_IN_STATE", reason };
  }
  const permitted = inState.filter((row) => actorMayFire(row, actor));
  if (permitted.length === 0) {
    const reason = inState.every((row) => row.system === true)
      ? `Tindakan "${label}" hanya dijalankan otomatis oleh sistem.`
      : `${ACTOR_LABELS[actor] ?? actor} tidak berwenang melakukan tindakan "${label}".`;
    return { ok: false, code: "ROLE_NOT_ALLOWED", reason };
  }
  let refusal: { code: RefusalCode; reason: string } | null = null;
  for (const row of permitted) {
    const guardReason = row.guard?.(ctx) ?? null;
    const inputReason = guardReason === null ? (row.validate?.(ctx) ?? null) : null;
    if (guardReason === null && inputReason === null) {
      return { ok: true, from: state, to: resolveTo(row, state), row, ...("outcome" in row ? { outcome: row.outcome } : {}) };
    }
    refusal ??= guardReason !== null ? { code: "GUARD", reason: guardReason } : { code: "INVALID_INPUT", reason: inputReason! };
  }
  return { ok: false, ...refusal! };
}

/** Structural problems of a table (empty = well formed); a unit test runs it on every workflow. */
export function validateWorkflow<S extends string, E extends string, C, O extends string>(
  workflow: Workflow<S, E, C, O>,
): string[] {
  const problems: string[] = [];
  const states: readonly (S | Start)[] = [START, ...workflow.statuses];
  for (const [index, row] of workflow.rows.entries()) {
    const where = `row ${index} (${row.event})`;
    if (!workflow.events.includes(row.event)) problems.push(`${where}: unknown event`);
    for (const from of fromStates(row.from)) if (!states.includes(from)) problems.push(`${where}: unknown from ${from}`);
    if (row.to !== STAY && !workflow.statuses.includes(row.to)) problems.push(`${where}: unknown to ${row.to}`);
    if (row.to === STAY && fromStates(row.from).includes(START)) problems.push(`${where}: STAY from START`);
    if (row.roles.length === 0) problems.push(`${where}: no roles`);
    if (row.system === true && (row.roles.length !== 1 || row.roles[0] !== "SYSTEM")) problems.push(`${where}: system row must be SYSTEM only`);
    if (row.system !== true && row.roles.includes("SYSTEM")) problems.push(`${where}: SYSTEM in a user row`);
    if (row.label.trim() === "") problems.push(`${where}: empty label`);
    for (const other of workflow.rows.slice(index + 1)) {
      if (other.event !== row.event) continue;
      const sharedState = fromStates(row.from).some((state) => fromStates(other.from).includes(state));
      const sharedRole = row.roles.some((role) => other.roles.includes(role));
      if (sharedState && sharedRole) problems.push(`${where}: overlaps another row of the same event`);
    }
  }
  for (const event of workflow.events) {
    if (!workflow.rows.some((row) => row.event === event)) problems.push(`event ${event}: no row`);
  }
  return problems;
}
