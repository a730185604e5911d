import "server-only";
import { computeDisputeFilingDeadline, toOfficeLocalDate, type CalendarConfig } from "@/lib/domain/calendar";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import {
  OBJECTION_WORKFLOW,
  type ObjectionContext,
  type ObjectionEvent,
  type ObjectionInput,
  type ObjectionStatus,
} from "@/lib/domain/objection-workflow";
import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import type { Actor, Role } from "@/lib/domain/roles";
import { checkTransition, type Start } from "@/lib/domain/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { toOfficeSettings } from "@/lib/server/queries/office-settings";
import type { OfficeSettings } from "@/lib/view-types/office";
import { fromDbDate } from "@/lib/domain/db-date";

// Shared steps of the objection and dispute services (one use case per file elsewhere).

/** Who acts: a signed-in user (CurrentUser fits). */
export type CaseUser = { id: string; role: Role; unitId: string | null };

/** The office row read inside the transaction (getOffice() is cached per page request). */
export async function officeInTx(tx: Tx): Promise<OfficeSettings> {
  return toOfficeSettings(await tx.officeSetting.findUniqueOrThrow({ where: { id: 1 } }));
}

export function todayIn(config: CalendarConfig, now: Date): string {
  return toOfficeLocalDate(now, config.timeZone);
}

/** Case scoping: outside it the case "does not exist" for this user (nothing is revealed). */
export function requireCaseScope(actor: CaseUser, kase: { requesterUserId: string | null; unitId: string | null }, noun: string): void {
  const scope = caseScopeFor({ role: actor.role, userId: actor.id, unitId: actor.unitId });
  if (!caseInScope(scope, kase)) throw new UserError("NOT_FOUND", `${noun} tidak ditemukan.`);
}

/** Serialises the changes of one objection: two clicks at once cannot both pass the status check. */
export async function lockObjection(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Objection" WHERE id = ${id} FOR UPDATE`;
}

export async function lockDispute(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Dispute" WHERE id = ${id} FOR UPDATE`;
}

export async function lockRequest(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "InformationRequest" WHERE id = ${id} FOR UPDATE`;
}

type ObjectionDates = {
  grounds: readonly string[];
  settledGrounds?: readonly string[];
  dueDate: Date | null;
  answerDate: Date | null;
  answerReceivedOn?: Date | null;
};

/**
 * UU 14/2008 Pasal 37(2): 14 working days after the answer was received (the recorded day of
 * receipt, else the answer's date: the earliest possible); without an answer, after the Atasan's
 * period ended (Perki No. 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik).
 */
export function disputeFilingDeadlineOf(objection: ObjectionDates, config: CalendarConfig): string | null {
  const received = objection.answerReceivedOn ?? objection.answerDate;
  const answer = received ? fromDbDate(received) : null;
  const due = objection.dueDate ? fromDbDate(objection.dueDate) : null;
  if (!due) return null;
  return computeDisputeFilingDeadline({ answerReceivedDate: answer, objectionResponseDueDate: due }, config).dueDate;
}

export function objectionContext(objection: ObjectionDates, config: CalendarConfig, today: string, input?: ObjectionInput): ObjectionContext {
  const disputeDue = objection.answerDate ? disputeFilingDeadlineOf(objection, config) : null;
  return {
    grounds: objection.grounds as ObjectionGround[],
    settledGrounds: (objection.settledGrounds ?? []) as ObjectionGround[],
    disputeFilingDeadlinePassed: disputeDue !== null && today > disputeDue,
    disputeFilingDueDate: disputeDue,
    ...(input ? { input } : {}),
  };
}

/** Asks the table; a refusal becomes a UserError carrying the table's Indonesian reason. */
export function assertObjectionTransition(state: ObjectionStatus | Start, event: ObjectionEvent, actor: Actor, ctx: ObjectionContext) {
  const check = checkTransition(OBJECTION_WORKFLOW, state, event, actor, ctx);
  if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
  return check;
}

export type JsonData = Prisma.InputJsonValue;

/** Locks the objection, loads it with its request, and checks the case scope of the actor. */
export async function loadObjectionForChange(tx: Tx, actor: CaseUser, objectionId: string) {
  await lockObjection(tx, objectionId);
  const objection = await tx.objection.findUnique({ where: { id: objectionId }, include: { request: true } });
  if (!objection) throw new UserError("NOT_FOUND", "Keberatan tidak ditemukan.");
  requireCaseScope(actor, objection.request, "Keberatan");
  return objection;
}
