// The request side as components see it (built by lib/server/queries): plain data.
import type { LetterKind } from "@/lib/domain/letters";
import type { DeadlineStanding } from "@/lib/domain/request-facts";
import type { RequestChannel, RequestOutcome, RequestStatus } from "@/lib/domain/request-workflow";

export type TimelineItem = { id: string; at: string; event: string; label: string; note: string | null };

export type LetterItem = { id: string; kind: LetterKind; title: string; number: string; date: string };

export type RequestView = {
  id: string;
  number: string;
  accessCode: string;
  channel: string;
  submittedAt: string;
  receivedDate: string;
  status: RequestStatus;
  outcome: string | null;
  informationRequested: string;
  /** The stored current deadline (also after the case closed). */
  dueDate: string | null;
  /** The rule that set dueDate (REQUEST_RESPONSE, REQUEST_EXTENSION, ATASAN_ORDER). */
  dueRule: string | null;
  extended: boolean;
  /** The response deadline while it runs (open statuses only). */
  deadline: DeadlineStanding | null;
  /** The completion deadline while the requester is asked to complete the request. */
  completion: DeadlineStanding | null;
  /** Working days of REQUEST_RESPONSE (UU 14/2008 Pasal 22(7)), for "N hari kerja". */
  responseWorkingDays: number;
  timeline: TimelineItem[];
  letters: LetterItem[];
};

export type RegisterRow = {
  id: string;
  number: string;
  receivedDate: string;
  submittedAt: Date;
  requesterName: string;
  /** UU 14/2008 Pasal 22(2): recorded; staff register and staff export only, never public. */
  address: string;
  phone: string;
  email: string | null;
  occupation: string | null;
  informationRequested: string;
  purpose: string;
  /** Held or not, and by whom (UU 14/2008 Pasal 22(7) huruf a-b). */
  held: string;
  unitName: string | null;
  holdingBody: string | null;
  obtainMethod: string;
  deliveryMethod: string;
  informationForm: string | null;
  medium: string | null;
  channel: RequestChannel;
  channelLabel: string;
  status: RequestStatus;
  statusLabel: string;
  outcome: RequestOutcome | null;
  outcomeLabel: string | null;
  refusalArticle: string | null;
  noticeDate: string | null;
  /** The handover date of the receipt (Tanda Bukti Penyerahan). */
  deliveredOn: string | null;
  feeAmount: number | null;
  paymentMethod: string | null;
  dueDate: string | null;
  standing: DeadlineStanding | null;
  /** Short markers for the compact view: extended, under an Atasan order. */
  badges: string[];
};

export type RegisterPage = {
  rows: RegisterRow[];
  /** Exact up to REGISTER_COUNT_CAP; beyond it `totalIsAtLeast` is true and total is the cap. */
  total: number;
  totalIsAtLeast: boolean;
  page: number;
  pageCount: number;
  today: string;
  timeZone: string;
};

/** One of the citizen's own requests in their list (/akun). */
export type MyRequestItem = {
  number: string;
  receivedDate: string;
  informationRequested: string;
  status: string;
  outcome: string | null;
  dueDate: string | null;
};
