import "server-only";
import { randomBytes } from "node:crypto";
import pLimit from "p-limit";
import { computeDeadline, toOfficeLocalDate, yearOf } from "@/lib/domain/calendar";
import { generateAccessCode } from "@/lib/domain/numbering";
import { IDENTITY_DOCUMENTS } from "@/lib/domain/request-intake";
import { REQUEST_WORKFLOW, type RequestChannel } from "@/lib/domain/request-workflow";
import type { Role } from "@/lib/domain/roles";
import { checkTransition, START } from "@/lib/domain/workflow";
import type { TCreateRequestInput } from "@/lib/schemas/request";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { allocateNumber } from "@/lib/server/services/allocate-number";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { issueReceipt } from "@/lib/server/services/issue-receipt";
import { loadSetting } from "@/lib/server/services/request-processing-common";
import { recordUpload, withStagedUploads, type StoredUpload } from "@/lib/server/storage";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

// The one way a request comes into existence (UU 14/2008 Pasal 22(1)-(5)), shared by online
// filing (create-request.ts, event SUBMIT) and desk registration (register-request.ts, REGISTER).
// ONE transaction: workflow check, register number, access code, receipt date and due date from
// the calendar module, the row, the identity paper's record, the case event, the receipt letter and
// the e-mail. Anything failing rolls all of it back, the number included (allocateNumber), and the
// paper's bytes (stored just before the transaction) are discarded.

export type IntakeActor = { id: string | null; role: Role };

export type IntakeInput = {
  event: "SUBMIT" | "REGISTER";
  channel: RequestChannel;
  /** The real moment of receipt (now online; what the desk entered otherwise). */
  submittedAt: Date;
  fields: Omit<TCreateRequestInput, "document">;
  document?: File;
  /** The citizen account the request belongs to (scoping: a citizen loads only these). */
  requesterUserId: string | null;
};

export type IntakeResult = {
  id: string;
  number: string;
  accessCode: string;
  receivedDate: string;
  dueDate: string;
  receiptLetterId: string | null;
  /** False when the submission key had already produced this request (a resubmitted form). */
  created: boolean;
};

// Submissions take turns on the register's counter row (allocateNumber), which stays locked until
// each commits. A burst (500 at once) must neither hold every pooled connection waiting for that
// row — pages would starve and later transactions time out waiting for a connection — nor fail:
// at most INTAKE_CONCURRENCY intakes per process are in a transaction, the rest wait here in
// order, without a deadline. Each transaction then gets a connection at once (maxWait is a safety
// net) and holds the counter only for a few inserts (the identity paper is stored before it).
const INTAKE_CONCURRENCY = 4;
const intakeSlots = pLimit(INTAKE_CONCURRENCY);
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

export async function intakeRequest(actor: IntakeActor, input: IntakeInput, now: Date): Promise<IntakeResult> {
  const existing = await findBySubmissionKey(actor, input.fields.submissionKey);
  if (existing) return existing;
  try {
    const purpose = IDENTITY_DOCUMENTS[input.fields.requesterType].purpose;
    return await withStagedUploads([{ file: input.document || null, purpose, field: "document" }], ([document]) =>
      intakeSlots(() => db().$transaction((tx) => intakeInTransaction(tx, actor, input, now, document), TX_OPTIONS)),
    );
  } catch (error) {
    // A double click racing the first submission: the unique submissionKey let only one through.
    if (isUniqueViolation(error)) {
      const winner = await findBySubmissionKey(actor, input.fields.submissionKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function intakeInTransaction(
  tx: Tx,
  actor: IntakeActor,
  input: IntakeInput,
  now: Date,
  document: StoredUpload | null,
): Promise<IntakeResult> {
  const { fields } = input;
  const check = checkTransition(REQUEST_WORKFLOW, START, input.event, actor.role, {
    outcome: null,
    extended: false,
    responseDueDate: null,
    responseDeadlinePassed: false,
    completionDueDate: null,
    completionDeadlinePassed: false,
    input: { channel: input.channel },
  });
  if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
  const { config, office } = await loadSetting(tx, now);
  if (fields.unitId) {
    const unit = await tx.unit.findUnique({ where: { id: fields.unitId }, select: { active: true } });
    if (!unit?.active) throw new UserError("INVALID_INPUT", "Unit tujuan tidak ditemukan.", { unitId: "Pilih unit dari daftar, atau kosongkan." });
  }

  // UU 14/2008 Pasal 22(4),(7); docs/domain.md, Working days: receipt date (next working day after hours) and the
  // 10 working days counted from it, both from the one calendar module.
  const deadline = computeDeadline("REQUEST_RESPONSE", input.submittedAt, config);
  const receivedDate = deadline.receivedDate!;
  const { sequence, number } = await allocateNumber(tx, "REQUEST", yearOf(receivedDate), office.officeCode);
  const accessCode = generateAccessCode(new Uint8Array(randomBytes(8)));
  const request = await tx.informationRequest.create({
    data: {
      number,
      year: yearOf(receivedDate),
      sequence,
      accessCode,
      channel: input.channel,
      submittedAt: input.submittedAt,
      receivedDate: toDbDate(receivedDate),
      requesterUserId: input.requesterUserId,
      requesterType: fields.requesterType,
      requesterName: fields.name,
      nik: fields.nik,
      address: fields.address,
      phone: fields.phone,
      email: fields.email ?? null,
      occupation: fields.occupation ?? null,
      organization: fields.requesterType === "INDIVIDUAL" ? null : (fields.organization ?? null),
      informationRequested: fields.informationRequested,
      purpose: fields.purpose,
      obtainMethod: fields.obtainMethod,
      deliveryMethod: fields.deliveryMethod,
      unitId: fields.unitId ?? null,
      status: check.to,
      dueDate: toDbDate(deadline.dueDate),
      dueRule: "REQUEST_RESPONSE",
      submissionKey: fields.submissionKey,
      createdById: actor.id,
    },
  });

  const documentId = document
    ? (await recordUpload(tx, document, { purpose: IDENTITY_DOCUMENTS[fields.requesterType].purpose, uploadedById: actor.id, requestId: request.id })).id
    : null;

  // The receipt first: the event names it, so the notification attaches its PDF.
  const letter = await issueReceipt(tx, office, request, {
    issuedOn: toOfficeLocalDate(now, config.timeZone),
    receivedDate,
    dueDate: deadline.dueDate,
    workingDays: deadline.workingDays,
    officialYears: config.officialYears,
  });

  await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
    event: input.event,
    actor: { id: actor.id, role: actor.role },
    fromStatus: null,
    toStatus: check.to,
    at: now,
    data: {
      channel: input.channel,
      submittedAt: input.submittedAt.toISOString(),
      receivedDate,
      afterHours: deadline.afterHours,
      dueDate: deadline.dueDate,
      dueRule: "REQUEST_RESPONSE",
      workingDays: deadline.workingDays,
      provisional: deadline.provisional,
      ...(documentId ? { documentId } : {}),
      letterId: letter.id,
      letterNumber: letter.number,
    },
  });

  return { id: request.id, number, accessCode, receivedDate, dueDate: deadline.dueDate, receiptLetterId: letter.id, created: true };
}

/**
 * Idempotency: a form carries a random submission key; sending it again (double click, reload,
 * back button) returns the request it already produced. Only to the same submitter, though.
 */
async function findBySubmissionKey(actor: IntakeActor, submissionKey: string): Promise<IntakeResult | null> {
  const row = await db().informationRequest.findUnique({
    where: { submissionKey },
    include: { letters: { where: { kind: "RECEIPT" }, orderBy: { createdAt: "asc" }, take: 1, select: { id: true } } },
  });
  if (!row) return null;
  if (row.createdById !== actor.id) {
    throw new UserError("CONFLICT", "Formulir ini sudah pernah dikirim. Muat ulang halaman untuk mengajukan permohonan baru.");
  }
  return {
    id: row.id,
    number: row.number,
    accessCode: row.accessCode,
    receivedDate: fromDbDate(row.receivedDate),
    dueDate: row.dueDate ? fromDbDate(row.dueDate) : fromDbDate(row.receivedDate),
    receiptLetterId: row.letters[0]?.id ?? null,
    created: false,
  };
}
