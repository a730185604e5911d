// Shared fixtures of the workflow tests: for every event a context under which its guard and its
// input validation pass, so the matrix tests see only the table's state and role rules.

import type { DisputeContext, DisputeEvent } from "@/lib/domain/dispute-workflow";
import { OBJECTION_GROUNDS, type GroundAvailability } from "@/lib/domain/objection-grounds";
import type { ObjectionContext, ObjectionEvent } from "@/lib/domain/objection-workflow";
import type { RequestContext, RequestEvent } from "@/lib/domain/request-workflow";

export const requestBase: RequestContext = {
  outcome: null,
  extended: false,
  responseDueDate: "2026-04-14",
  responseDeadlinePassed: false,
  completionDueDate: null,
  completionDeadlinePassed: false,
  input: {
    channel: "WALK_IN",
    reason: "Alasan tertulis",
    unitId: "unit-dinas-kesehatan",
    pasal17Letters: ["b"],
    consequenceTestId: "uji-1",
    withheldParts: [{ part: "Lampiran 3", reason: "Data pribadi (Pasal 17 huruf h)" }],
    holdingBody: "Badan Pusat Statistik",
  },
};

export function requestPassing(event: RequestEvent): RequestContext {
  if (event === "LAPSE") return { ...requestBase, completionDueDate: "2026-04-07", completionDeadlinePassed: true };
  if (event === "DELIVER") return { ...requestBase, outcome: "GRANTED_FULL" };
  return requestBase;
}

export const allGroundsAvailable: GroundAvailability[] = OBJECTION_GROUNDS.map((ground) => ({
  ground,
  available: true,
  groundDate: "2026-04-15",
  filingDeadline: "2026-05-29",
}));

export const objectionBase: ObjectionContext = {
  grounds: ["NOT_ANSWERED"],
  groundAvailability: allGroundsAvailable,
  disputeFilingDeadlinePassed: false,
  disputeFilingDueDate: "2026-06-19",
  input: { grounds: ["NOT_ANSWERED"], reason: "Alasan Atasan PPID", note: "Catatan", orderPeriodDays: 10 },
};

export function objectionPassing(event: ObjectionEvent): ObjectionContext {
  if (event === "CLOSE_AFTER_WINDOW") return { ...objectionBase, disputeFilingDeadlinePassed: true };
  if (event === "SETTLE_IN_PART") return { ...objectionBase, grounds: ["REFUSED_PASAL_17", "NOT_ANSWERED"] };
  return objectionBase;
}

export const disputeBase: DisputeContext = {
  grounds: ["NOT_ANSWERED"],
  input: {
    filing: {
      answeredOn: "2026-05-04",
      objectionResponseDueDate: "2026-05-12",
      disputeFilingDeadline: "2026-05-22",
      filedOn: "2026-05-05",
    },
    rulingDate: "2026-07-01",
    note: "Informasi diserahkan sesuai putusan",
  },
};

export function disputePassing(event: DisputeEvent): DisputeContext {
  if (event === "GO_TO_COURT") return { ...disputeBase, input: { ...disputeBase.input, court: "PTUN" } };
  return disputeBase;
}
