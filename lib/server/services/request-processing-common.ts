import "server-only";
import { toOfficeLocalDate, type CalendarConfig } from "@/lib/domain/calendar";
import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import { requestContextAt } from "@/lib/domain/request-facts";
import { REQUEST_WORKFLOW, type RequestEvent, type RequestInput, type RequestStatus } from "@/lib/domain/request-workflow";
import type { Actor, Role } from "@/lib/domain/roles";
import { checkTransition } from "@/lib/domain/workflow";
import type { InformationRequest } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { toOfficeSettings } from "@/lib/server/queries/office-settings";
import type { OfficeSettings } from "@/lib/view-types/office";
import { fromDbDate } from "@/lib/domain/db-date";

// Shared steps of the request-processing services (verify, completion, forward, prepare, return,
// extend, decide, deliver, lapse): lock and load the case, check the case scope, ask the workflow
// table (the messages follow from the case event: lib/domain/notifications.ts). Each service runs them inside its own
// single transaction.

/** A signed-in staff user (CurrentUser fits). */
export type StaffActor = { id: string; role: Role; unitId: string | null };

/**
 * Locks the request row until the transaction ends (two officers pressing a button at once cannot
 * both pass the status check) and refuses a case outside the actor's scope as if it did not exist (a
 * PPID Pelaksana only sees requests forwarded to their unit; permissions.ts caseScopeFor).
 */
export async function loadRequestForChange(tx: Tx, actor: StaffActor | null, requestId: string): Promise<InformationRequest> {
  await tx.$queryRaw`SELECT id FROM "InformationRequest" WHERE id = ${requestId} FOR UPDATE`;
  const request = await tx.informationRequest.findUnique({ where: { id: requestId } });
  if (!request) throw new UserError("NOT_FOUND", "Permohonan tidak ditemukan.");
  if (actor) {
    const scope = caseScopeFor({ role: actor.role, userId: actor.id, unitId: actor.unitId });
    // The same answer as for a missing id: outside the scope the case "does not exist" (its id
    // cannot be probed through the actions either).
    if (!caseInScope(scope, request)) throw new UserError("NOT_FOUND", "Permohonan tidak ditemukan.");
  }
  return request;
}

export type Setting = { config: CalendarConfig; office: OfficeSettings; today: string };

/** Calendar, office and the office-local today, read inside the transaction. */
export async function loadSetting(tx: Tx, now: Date): Promise<Setting> {
  const [config, row] = await Promise.all([loadCalendarConfig(tx), tx.officeSetting.findUniqueOrThrow({ where: { id: 1 } })]);
  return { config, office: toOfficeSettings(row), today: toOfficeLocalDate(now, config.timeZone) };
}

/** Asks the request table; a refusal becomes a UserError carrying the table's Indonesian reason. */
export function assertRequestTransition(
  request: InformationRequest,
  event: RequestEvent,
  actor: Actor,
  now: Date,
  timeZone: string,
  input?: RequestInput,
) {
  const ctx = requestContextAt(
    {
      outcome: request.outcome,
      extendedAt: request.extendedAt,
      dueDate: request.dueDate ? fromDbDate(request.dueDate) : null,
      completionDueDate: request.completionDueDate ? fromDbDate(request.completionDueDate) : null,
    },
    now,
    timeZone,
    input,
  );
  const check = checkTransition(REQUEST_WORKFLOW, request.status as RequestStatus, event, actor, ctx);
  if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
  return check;
}

/**
 * The requester's tracking link, used in letters, e-mails and the receipt's QR code. It carries the
 * number only (it fills the form in); the access code is typed from the receipt and posted, never
 * put in a URL (it would end up in logs and browser history).
 */
export function trackingPath(request: Pick<InformationRequest, "number">): string {
  return `/lacak?nomor=${encodeURIComponent(request.number)}`;
}
