// The plain rows the report computations read (lib/domain/report-*.ts). The query layer maps
// register rows to these; nothing personal is in them (no name, NIK, contact or address), so the
// same figures can serve the office report, the dashboard and the public Statistik page.
//
// A row stands for `count` cases that agree on every field of the row: the query layer groups
// identical rows (a year at a million requests is a few thousand rows, not 200,000), and every
// figure counts a row `count` times, so grouping never changes a figure.

import type { LocalDate } from "./local-date";
import type { DisputeOutcome, DisputeStatus } from "./dispute-workflow";
import type { ObjectionGround } from "./objection-grounds";
import type { ObjectionOutcome, ObjectionStatus } from "./objection-workflow";
import type { RequesterType } from "./request-intake";
import type { RequestChannel, RequestOutcome, RequestStatus } from "./request-workflow";

/** Unit code of a case; null: not forwarded, handled by the PPID Utama itself. */
export type UnitCode = string | null;

export type ReportRequestRow = {
  /** How many requests this row stands for (at least 1). */
  count: number;
  unitCode: UnitCode;
  channel: RequestChannel;
  requesterType: RequesterType;
  status: RequestStatus;
  outcome: RequestOutcome | null;
  receivedDate: LocalDate;
  /** Date of the written notice (UU 14/2008 Pasal 22(7)); null while none was sent. */
  noticeDate: LocalDate | null;
  /** Current response deadline; null once none runs. */
  dueDate: LocalDate | null;
  extended: boolean;
  /** Pasal 17 letters a refusal rests on (from its consequence test or the decision). */
  pasal17Letters: string[];
  /** Another law the refusal also rests on (its consequence test's legal basis), if any. */
  otherLaw: string | null;
};

export type ReportObjectionRow = {
  /** How many objections this row stands for (at least 1). */
  count: number;
  unitCode: UnitCode;
  grounds: ObjectionGround[];
  status: ObjectionStatus;
  outcome: ObjectionOutcome | null;
  receivedDate: LocalDate;
  answerDate: LocalDate | null;
};

export type ReportDisputeRow = {
  /** How many disputes this row stands for (at least 1). */
  count: number;
  unitCode: UnitCode;
  status: DisputeStatus;
  outcome: DisputeOutcome | null;
  filedOn: LocalDate;
};

export type ReportUnit = { code: string; name: string; kind: "PPID_UTAMA" | "PPID_PELAKSANA" };
