// One request as its office case page (/kantor/permohonan/[id]) sees it. An explicit whitelist:
// lib/server/queries/request-case.ts copies exactly these fields from the row, so a column added
// to InformationRequest reaches no component until it is named here. Left out on purpose: the raw
// NIK (nikShown is masked without personal_data.view, UU 27/2022 PDP), the tracking access code,
// the submission key and the bookkeeping columns. Dates stay Date: database dates (@db.Date) are
// read with fromDbDate, moments are formatted in the office zone.

export type RequestCaseAttachment = {
  id: string;
  purpose: string;
  fileName: string;
  size: number;
  createdAt: Date;
  /** An identity paper (KTP, deed, power of attorney): personal data. */
  personal: boolean;
};

export type RequestCaseLetter = {
  id: string;
  kind: string;
  number: string;
  date: Date;
  deliveredVia: string | null;
  receivedOn: Date | null;
};

export type RequestCaseEvent = {
  id: string;
  event: string;
  actorRole: string;
  actor: { name: string } | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  /** The event's data as recorded (e.g. the suggested outcome of PREPARE_ANSWER). */
  data: unknown;
  at: Date;
};

export type RequestCaseConsequenceTest = {
  id: string;
  information: string;
  conclusion: string;
  decisionNumber: string;
  decisionDate: Date;
};

export type RequestCase = {
  id: string;
  number: string;
  channel: string;
  submittedAt: Date;
  receivedDate: Date;
  status: string;
  outcome: string | null;
  // The requester (personal data beyond the NIK is shown to every staff member handling the case).
  requesterType: string;
  requesterName: string;
  nikShown: string;
  nikMasked: boolean;
  address: string;
  phone: string;
  email: string | null;
  occupation: string | null;
  organization: string | null;
  /** The citizen account the request belongs to, if it was filed with one. */
  requesterUser: { id: string; email: string } | null;
  // The request.
  informationRequested: string;
  purpose: string;
  obtainMethod: string;
  deliveryMethod: string;
  unitId: string | null;
  unit: { id: string; name: string; code: string } | null;
  // Deadlines.
  dueDate: Date | null;
  dueRule: string | null;
  extendedAt: Date | null;
  extensionReason: string | null;
  completionDueDate: Date | null;
  // Preparation, decision and delivery.
  preparedNotes: string | null;
  noticeDate: Date | null;
  decisionNotes: string | null;
  /** Parts withheld in a partial grant, as stored: [{ part, reason }]. */
  withheldParts: unknown;
  refusalArticle: string | null;
  consequenceTest: RequestCaseConsequenceTest | null;
  holdingBody: string | null;
  informationForm: string | null;
  medium: string | null;
  feeAmount: number | null;
  paymentMethod: string | null;
  deliveredAt: Date | null;
  deliveredOn: Date | null;
  handoverMethod: string | null;
  handoverRecipient: string | null;
  handoverByProxy: boolean;
  deliveryNote: string | null;
  // Files, letters, history.
  attachments: RequestCaseAttachment[];
  /** Identity papers that were left out for lack of personal_data.view. */
  hiddenPersonalFiles: number;
  letters: RequestCaseLetter[];
  events: RequestCaseEvent[];
};
