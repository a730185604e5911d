// The objection side as components see it (built by lib/server/queries): plain data, no server module.
import type { CourtKind } from "@/lib/domain/court-stages";
import type { ObjectionStatus } from "@/lib/domain/objection-workflow";

export type ChainObjection = {
  number: string;
  receivedDate: string;
  dueDate: string | null;
  status: string;
  outcome: string | null;
  answerDate: string | null;
  /** UU 14/2008 Pasal 37(2): from the answer, or from the end of the Atasan's period. */
  disputeFilingDeadline: string | null;
  requesterResponse: string | null;
  letters: { id: string; kind: string; number: string; date: Date }[];
  tasks: { description: string; dueDate: string; done: boolean }[];
  /** The day the answer reached the requester, when recorded (the dispute window runs from it). */
  answerReceivedOn: string | null;
  disputes: {
    filedOn: string;
    commission: string;
    registerNumber: string | null;
    status: string;
    outcome: string | null;
    /** UU 14/2008 Pasal 47-50: the stages in court, without staff notes. */
    courts: { courtName: string; registerNumber: string | null; filedOn: string; rulingDate: string | null; rulingText: string | null }[];
  }[];
};

export type CourtStageView = {
  id: string;
  court: CourtKind;
  courtName: string;
  filedBy: string;
  filedOn: string;
  filingDeadline: string | null;
  lateFilingReason: string | null;
  registerNumber: string | null;
  rulingDate: string | null;
  rulingReceivedOn: string | null;
  rulingText: string | null;
  opensInformation: boolean;
};

export type ObjectionRegisterRow = {
  id: string;
  number: string;
  receivedDate: string;
  submittedAt: Date;
  objector: string;
  /** The identity the register keberatan lists (Perki 1/2021): staff register and export only. */
  requesterName: string;
  address: string;
  phone: string;
  email: string | null;
  occupation: string | null;
  proxyName: string | null;
  proxyAddress: string | null;
  /** Filed outside the computed window (UU 14/2008 Pasal 36(1)): the warning, for the Atasan. */
  windowWarning: string | null;
  requestId: string;
  requestNumber: string;
  informationRequested: string;
  purpose: string;
  grounds: string;
  status: ObjectionStatus;
  statusLabel: string;
  decision: string | null;
  answerDate: string | null;
  atasan: string | null;
  response: string | null;
  dueDate: string | null;
  /** Unanswered past the Atasan's 30 working days (UU 14/2008 Pasal 36(2)). */
  overdue: boolean;
  /** Working days left of the Atasan's 30 while unanswered (negative once overdue), else null. */
  daysLeft: number | null;
  disputeDueDate: string | null;
};

/** An order of the Atasan PPID to the PPID (UU 14/2008 Pasal 36), with its working days left when open. */
export type TaskRow = { id: string; description: string; dueDate: Date; doneAt: Date | null; doneNote: string | null; daysLeft?: number; overdue?: boolean };

/** The chain request → objection → dispute for the requester (tracking page and account). */
export type RequesterObjectionsView = {
  chain: ChainObjection[];
  komisi: string;
  /** Set when the requester may object today (a ground is available): the request to object to. */
  objectableRequestNumber: string | null;
};

/** A request's objections and the Atasan's orders, for its case page in the office. */
export type OfficeRequestObjectionsView = {
  objections: { id: string; number: string; status: ObjectionStatus; outcome: string | null; dueDate: string | null }[];
  tasks: TaskRow[];
  timeZone: string;
};

/** The request under objection with the PPID's decision and its consequence test (RequestBrief); dates are "YYYY-MM-DD". */
export type RequestBriefView = {
  id: string;
  number: string;
  receivedDate: string;
  requesterName: string;
  phone: string | null;
  informationRequested: string;
  purpose: string;
  status: string;
  outcome: string | null;
  noticeDate: string | null;
  refusalArticle: string | null;
  decisionNotes: string | null;
  unitName: string | null;
  consequenceTest: {
    information: string;
    pasal17Letters: string[];
    consequences: string;
    publicInterest: string;
    conclusion: string;
    decisionNumber: string;
    decisionDate: string;
  } | null;
};
