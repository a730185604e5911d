import "server-only";
import { fromDbDateOrNull } from "@/lib/domain/db-date";
import { formatDateId } from "@/lib/domain/format-date";
import { COURT_LABELS, isCourtKind } from "@/lib/domain/court-stages";
import type { DisputeOutcome } from "@/lib/domain/dispute-workflow";
import { DISPUTE_OUTCOME_LABELS, OBJECTION_OUTCOME_LABELS, REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { noticeBody, noticesFor, type NoticeFacts, type NoticeRule } from "@/lib/domain/notifications";
import { recipientRoles } from "@/lib/domain/notice-kit";
import type { ObjectionOutcome } from "@/lib/domain/objection-workflow";
import type { RequestOutcome } from "@/lib/domain/request-workflow";
import type { CaseEvent, Dispute, InformationRequest, Objection } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl, mailSettings } from "@/lib/server/mail/mail-settings";
import { trackingPath } from "@/lib/server/services/request-processing-common";
import { surveyToken } from "@/lib/server/survey-token";

// Applies the notification table (lib/domain/notifications.ts) to one case event, inside the
// transaction that wrote the event. Called only by recordCaseEvent.

type Addressee = { email: string; greeting: string; userId: string | null; optOut: readonly string[] };

const fmt = (d: Date | string | null | undefined) => {
  const day = typeof d === "string" ? d : fromDbDateOrNull(d);
  return day ? formatDateId(day) : null;
};

export async function notifyCaseEvent(tx: Tx, event: CaseEvent): Promise<number> {
  const rules = noticesFor(event.caseKind, event.event);
  if (rules.length === 0) return 0;
  const dispute = event.disputeId ? await tx.dispute.findUnique({ where: { id: event.disputeId } }) : null;
  const objectionId = event.objectionId ?? dispute?.objectionId;
  const objection = objectionId ? await tx.objection.findUnique({ where: { id: objectionId } }) : null;
  const requestId = event.requestId ?? objection?.requestId;
  if (!requestId) return 0;
  const request = await tx.informationRequest.findUniqueOrThrow({ where: { id: requestId }, include: { unit: { select: { name: true } } } });
  const office = await tx.officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { name: true, phone: true, email: true, komisiInformasi: true } });
  const data = (event.data ?? {}) as Record<string, unknown>;
  const letter = await findLetter(tx, data);
  const settings = mailSettings();
  const staffPath = dispute ? `/kantor/sengketa/${dispute.id}` : objection ? `/kantor/keberatan/${objection.id}` : `/kantor/permohonan/${request.id}`;
  const staffLink = absoluteUrl(staffPath, settings);
  const base = baseFacts(event, request, objection, dispute, letter?.number ?? null, office);
  // A step that closed the request offers its one-time survey (lib/server/survey-token.ts).
  if (!objection && event.toStatus === "CLOSED") base.surveyLink = absoluteUrl(`/survei/permohonan/${surveyToken(request.id, request.accessCode)}`, settings);
  let queued = 0;
  for (const rule of rules) {
    const link = rule.to === "REQUESTER" ? absoluteUrl(trackingPath(request), settings) : staffLink;
    const facts = { ...base, link };
    if (rule.when && !rule.when(facts)) continue;
    const text = rule.text(facts);
    for (const who of await addresseesOf(tx, rule, request, event.actorId)) {
      if (!rule.statutory && who.optOut.includes(rule.key)) continue;
      const ok = await enqueueMail(tx, {
        to: who.email,
        subject: text.subject,
        text: noticeBody(who.greeting, text, office.name, base.officeContact),
        category: rule.key,
        statutory: rule.statutory,
        recipientUserId: who.userId,
        requestId: request.id,
        objectionId: objection?.id ?? null,
        caseEventId: event.id,
        letterId: rule.attachLetter ? (letter?.id ?? null) : null,
      });
      if (ok) queued += 1;
    }
  }
  return queued;
}

async function findLetter(tx: Tx, data: Record<string, unknown>) {
  if (typeof data.letterId === "string") return tx.letter.findUnique({ where: { id: data.letterId }, select: { id: true, number: true } });
  if (typeof data.letterNumber === "string") return tx.letter.findUnique({ where: { number: data.letterNumber }, select: { id: true, number: true } });
  return null;
}

function baseFacts(
  event: CaseEvent,
  request: InformationRequest & { unit: { name: string } | null },
  objection: Objection | null,
  dispute: Dispute | null,
  letterNumber: string | null,
  office: { name: string; phone: string; email: string; komisiInformasi: string },
): Omit<NoticeFacts, "link"> {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const requestDue = event.event === "REQUEST_COMPLETION" ? request.completionDueDate : request.dueDate;
  const outcome = dispute
    ? dispute.outcome && DISPUTE_OUTCOME_LABELS[dispute.outcome as DisputeOutcome]
    : objection
      ? objection.outcome && OBJECTION_OUTCOME_LABELS[objection.outcome as ObjectionOutcome]
      : request.outcome && REQUEST_OUTCOME_LABELS[request.outcome as RequestOutcome];
  return {
    caseNumber: objection?.number ?? request.number,
    requestNumber: request.number,
    requesterName: request.requesterName,
    officeName: office.name,
    officeContact: `Telepon ${office.phone} · ${office.email}`,
    dueDate: fmt(str(data.dueDate) ?? str(data.newDueDate) ?? (objection ? objection.dueDate : requestDue)),
    letterNumber,
    outcome: outcome || null,
    note: event.note,
    unitName: request.unit?.name ?? str(data.unitName),
    disputeDueDate: fmt(str(data.disputeDueDate) ?? objection?.disputeDueDate ?? null),
    information: request.informationRequested,
    letterTitle: str(data.letterTitle),
    windowDueDate: fmt(str(data.windowDueDate)),
    commission: dispute?.commission ?? office.komisiInformasi,
    registerNumber: str(data.registerNumber) ?? (event.event === "GO_TO_COURT" ? null : (dispute?.registerNumber ?? null)),
    court: isCourtKind(data.court) ? COURT_LABELS[data.court] : null,
    eventDate: fmt(str(data.receivedOn) ?? str(data.rulingDate) ?? str(data.date) ?? str(data.filedOn)),
  };
}

async function addresseesOf(tx: Tx, rule: NoticeRule, request: InformationRequest, actorId: string | null): Promise<Addressee[]> {
  if (rule.to === "REQUESTER") {
    const email = request.email?.trim();
    if (!email) return [];
    const user = request.requesterUserId ? await tx.user.findUnique({ where: { id: request.requesterUserId }, select: { mailOptOut: true } }) : null;
    return [{ email, greeting: request.requesterName, userId: request.requesterUserId, optOut: user?.mailOptOut ?? [] }];
  }
  if (rule.to === "UNIT_PELAKSANA" && !request.unitId) return [];
  const users = await tx.user.findMany({
    where: {
      role: { in: [...recipientRoles(rule.to)] },
      disabled: false,
      ...(rule.to === "UNIT_PELAKSANA" ? { unitId: request.unitId } : {}),
      ...(actorId ? { id: { not: actorId } } : {}),
    },
    select: { id: true, email: true, name: true, mailOptOut: true },
    orderBy: { email: "asc" },
  });
  return users.map((u) => ({ email: u.email, greeting: u.name, userId: u.id, optOut: u.mailOptOut ?? [] }));
}
