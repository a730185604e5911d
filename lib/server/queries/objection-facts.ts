import "server-only";
import { computeDeadline, toOfficeLocalDate, type CalendarConfig } from "@/lib/domain/calendar";
import { groundsAvailable, type GroundAvailability, type ObjectionRequestFacts } from "@/lib/domain/objection-grounds";
import type { RequestOutcome, RequestStatus } from "@/lib/domain/request-workflow";
import type { InformationRequest } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/domain/db-date";

// Turns a stored request into the facts of lib/domain/objection-grounds.ts (UU 14/2008 Pasal
// 35(1), 36(1)). Settled here:
// - The response due date is computed again from the receipt instant with the calendar as it
//   stands (REQUEST_RESPONSE, plus REQUEST_EXTENSION when extended), exactly as the calendar
//   service recomputes open deadlines; the stored dueDate of a closed case is not trusted, since
//   it stops being recomputed once the case is decided.
// - "Notice issued" = a written notice date is recorded (noticeDate); that date is the ground date
//   of (a) and (f); (d)/(e) take the handover date of the Tanda Bukti Penyerahan when there is one.
// - "Today" is the office-local date of the instant passed in (the submission instant when the
//   desk enters an objection received earlier): a filing before midnight on the last day is in time.

export type RequestFactsRow = Pick<
  InformationRequest,
  "status" | "outcome" | "submittedAt" | "extendedAt" | "noticeDate" | "noticeReceivedOn" | "deliveredAt" | "deliveredOn" | "closedAt" | "feeAmount"
>;

/** UU 14/2008 Pasal 22(7)-(8): 10 working days after receipt, once 7 more when extended. */
export function responseDueDate(request: Pick<RequestFactsRow, "submittedAt" | "extendedAt">, config: CalendarConfig): string {
  const response = computeDeadline("REQUEST_RESPONSE", request.submittedAt, config).dueDate;
  return request.extendedAt ? computeDeadline("REQUEST_EXTENSION", response, config).dueDate : response;
}

export function objectionRequestFacts(request: RequestFactsRow, config: CalendarConfig): ObjectionRequestFacts {
  return {
    outcome: (request.outcome as RequestOutcome | null) ?? null,
    status: request.status as RequestStatus,
    // UU 14/2008 Pasal 36(1) counts from when the ground is found: the day the notice was
    // received when recorded, else the notice's own date (the earliest possible day).
    decidedOn: request.noticeReceivedOn ? fromDbDate(request.noticeReceivedOn) : request.noticeDate ? fromDbDate(request.noticeDate) : null,
    responseDueDate: responseDueDate(request, config),
    noticeIssued: request.noticeDate !== null,
    // The handover date of the receipt (Tanda Bukti Penyerahan); older records only have the moment.
    deliveredOn: request.deliveredOn
      ? fromDbDate(request.deliveredOn)
      : request.deliveredAt
        ? toOfficeLocalDate(request.deliveredAt, config.timeZone)
        : null,
    // A lapse (office SOP) closes the request; ground (e) dates from that day.
    lapsedOn: request.outcome === "LAPSED" && request.closedAt ? toOfficeLocalDate(request.closedAt, config.timeZone) : null,
    fee: request.feeAmount,
    // UU 14/2008 Pasal 36(1): 30 working days after the ground arose.
    objectionFilingDeadlineFor: (groundDate) => computeDeadline("OBJECTION_FILING", groundDate, config).dueDate,
    officialYears: config.officialYears,
  };
}

export type GroundCheck = { today: string; availability: GroundAvailability[] };

/** Which of the seven grounds may be used at `now`, each with its ground date and deadline. */
export function groundsForRequest(request: RequestFactsRow, config: CalendarConfig, now: Date): GroundCheck {
  const today = toOfficeLocalDate(now, config.timeZone);
  return { today, availability: groundsAvailable(objectionRequestFacts(request, config), today) };
}
