import "server-only";
import { PERSONAL_DATA_PURPOSES, type AttachmentPurpose } from "@/lib/domain/attachment-access";
import { can, caseInScope, caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import { maskNik } from "@/lib/domain/nik";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { RequestCase } from "@/lib/view-types/request-case";

// One request for its case page (/kantor/permohonan/[id]). Refuses what lies outside the user's
// case scope (a PPID Pelaksana: only requests forwarded to their unit). Personal data (UU 27/2022
// PDP): the NIK is masked and identity papers are left out unless personal_data.view.

// The columns read are the view's (lib/view-types/request-case.ts) plus what scoping and masking
// need; toRequestCase copies them one by one, so a new column never reaches the page unnamed.
const SELECT = {
  id: true,
  number: true,
  channel: true,
  submittedAt: true,
  receivedDate: true,
  status: true,
  outcome: true,
  requesterUserId: true,
  requesterType: true,
  requesterName: true,
  nik: true,
  address: true,
  phone: true,
  email: true,
  occupation: true,
  organization: true,
  informationRequested: true,
  purpose: true,
  obtainMethod: true,
  deliveryMethod: true,
  unitId: true,
  dueDate: true,
  dueRule: true,
  extendedAt: true,
  extensionReason: true,
  completionDueDate: true,
  preparedNotes: true,
  noticeDate: true,
  decisionNotes: true,
  withheldParts: true,
  refusalArticle: true,
  holdingBody: true,
  informationForm: true,
  medium: true,
  feeAmount: true,
  paymentMethod: true,
  deliveredAt: true,
  deliveredOn: true,
  handoverMethod: true,
  handoverRecipient: true,
  handoverByProxy: true,
  deliveryNote: true,
  unit: { select: { id: true, name: true, code: true } },
  requesterUser: { select: { id: true, email: true } },
  consequenceTest: { select: { id: true, information: true, conclusion: true, decisionNumber: true, decisionDate: true } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, purpose: true, fileName: true, size: true, createdAt: true } },
  letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, number: true, date: true, deliveredVia: true, receivedOn: true } },
  events: {
    orderBy: { at: "asc" },
    select: { id: true, event: true, actorRole: true, actor: { select: { name: true } }, fromStatus: true, toStatus: true, note: true, data: true, at: true },
  },
} satisfies Prisma.InformationRequestSelect;

export type RequestCaseRow = Prisma.InformationRequestGetPayload<{ select: typeof SELECT }>;

export type RequestCaseResult = { kind: "not_found" } | { kind: "forbidden" } | { kind: "ok"; kase: RequestCase };

export async function loadRequestCase(actor: CaseActor, id: string): Promise<RequestCaseResult> {
  const row = await db().informationRequest.findUnique({ where: { id }, select: SELECT });
  if (!row) return { kind: "not_found" };
  if (!caseInScope(caseScopeFor(actor), row)) return { kind: "forbidden" };
  const owner = row.requesterUserId !== null && row.requesterUserId === actor.userId;
  return { kind: "ok", kase: toRequestCase(row, owner || can(actor.role, "personal_data.view")) };
}

/** The whitelist itself: every field of the view named, nothing spread from the row. */
export function toRequestCase(row: RequestCaseRow, personal: boolean): RequestCase {
  const isPersonal = (purpose: string) => PERSONAL_DATA_PURPOSES.includes(purpose as AttachmentPurpose);
  const attachments = row.attachments
    .filter((a) => personal || !isPersonal(a.purpose))
    .map((a) => ({ id: a.id, purpose: a.purpose, fileName: a.fileName, size: a.size, createdAt: a.createdAt, personal: isPersonal(a.purpose) }));
  const test = row.consequenceTest;
  return {
    id: row.id,
    number: row.number,
    channel: row.channel,
    submittedAt: row.submittedAt,
    receivedDate: row.receivedDate,
    status: row.status,
    outcome: row.outcome,
    requesterType: row.requesterType,
    requesterName: row.requesterName,
    nikShown: personal ? (row.nik ?? "—") : maskNik(row.nik),
    nikMasked: !personal && Boolean(row.nik),
    address: row.address,
    phone: row.phone,
    email: row.email,
    occupation: row.occupation,
    organization: row.organization,
    requesterUser: row.requesterUser ? { id: row.requesterUser.id, email: row.requesterUser.email } : null,
    informationRequested: row.informationRequested,
    purpose: row.purpose,
    obtainMethod: row.obtainMethod,
    deliveryMethod: row.deliveryMethod,
    unitId: row.unitId,
    unit: row.unit ? { id: row.unit.id, name: row.unit.name, code: row.unit.code } : null,
    dueDate: row.dueDate,
    dueRule: row.dueRule,
    extendedAt: row.extendedAt,
    extensionReason: row.extensionReason,
    completionDueDate: row.completionDueDate,
    preparedNotes: row.preparedNotes,
    noticeDate: row.noticeDate,
    decisionNotes: row.decisionNotes,
    withheldParts: row.withheldParts,
    refusalArticle: row.refusalArticle,
    consequenceTest: test
      ? { id: test.id, information: test.information, conclusion: test.conclusion, decisionNumber: test.decisionNumber, decisionDate: test.decisionDate }
      : null,
    holdingBody: row.holdingBody,
    informationForm: row.informationForm,
    medium: row.medium,
    feeAmount: row.feeAmount,
    paymentMethod: row.paymentMethod,
    deliveredAt: row.deliveredAt,
    deliveredOn: row.deliveredOn,
    handoverMethod: row.handoverMethod,
    handoverRecipient: row.handoverRecipient,
    handoverByProxy: row.handoverByProxy,
    deliveryNote: row.deliveryNote,
    attachments,
    hiddenPersonalFiles: row.attachments.length - attachments.length,
    letters: row.letters.map((l) => ({ id: l.id, kind: l.kind, number: l.number, date: l.date, deliveredVia: l.deliveredVia, receivedOn: l.receivedOn })),
    events: row.events.map((e) => ({
      id: e.id,
      event: e.event,
      actorRole: e.actorRole,
      actor: e.actor ? { name: e.actor.name } : null,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      data: e.data,
      at: e.at,
    })),
  };
}

/** Consequence tests a refusal or partial grant may rest on (not "open"), newest first. */
export async function listExemptingTests() {
  return db().consequenceTest.findMany({
    where: { conclusion: { not: "OPEN" } },
    orderBy: { decisionDate: "desc" },
    select: { id: true, information: true, decisionNumber: true, pasal17Letters: true, exemptUntil: true, conclusion: true },
  });
}
