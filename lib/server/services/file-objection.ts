import "server-only";
import { computeDeadline, yearOf } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import { GROUND_LETTERS, windowWarnings, type ObjectionGround } from "@/lib/domain/objection-grounds";
import { ownOrOnBehalf } from "@/lib/domain/permissions";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import { START } from "@/lib/domain/workflow";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { buildObjectionReceipt } from "@/lib/server/letters/content/objection-receipt";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { allocateNumber } from "@/lib/server/services/allocate-number";
import {
  assertObjectionTransition,
  lockRequest,
  officeInTx,
  requireCaseScope,
  todayIn,
  type CaseUser,
} from "@/lib/server/services/objection-common";
import { trackingPath } from "@/lib/server/services/request-processing-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { isChosenFile, recordUpload, withStagedUploads } from "@/lib/server/storage";
import { toDbDate } from "@/lib/domain/db-date";

export type FileObjectionInput = {
  requestNumber: string;
  grounds: readonly string[];
  casePosition: string;
  purpose: string;
  proxyName?: string;
  proxyAddress?: string;
  powerOfAttorney?: unknown;
  /** Desk only: how the objection came in (not ONLINE) and when it really arrived. */
  channel?: RequestChannel;
  receivedAt?: Date;
};

export type FiledObjection = { id: string; number: string; letterId: string; receivedDate: string; dueDate: string };

/**
 * UU 14/2008 Pasal 35-36: the requester files online on their own request, or the desk enters
 * one received in person, by post, e-mail or phone with the real time of receipt. Each ground
 * must fit the request (objection-grounds.ts); one outside its computed 30 working days is
 * registered with a warning (windowWarning) for the Atasan to rule on. The objection gets its own
 * register number, a receipt, and the Atasan's 30-working-day deadline.
 */
export async function fileObjection(actor: CaseUser, input: FileObjectionInput, now: Date = new Date()): Promise<FiledObjection> {
  const permission = ownOrOnBehalf(actor.role, "objection.file_own", "objection.file_on_behalf");
  assertPermission(actor, permission);
  const onBehalf = permission === "objection.file_on_behalf";
  const channel: RequestChannel = onBehalf ? (input.channel ?? "WALK_IN") : "ONLINE";
  const submittedAt = onBehalf ? (input.receivedAt ?? now) : now;
  if (onBehalf && channel === "ONLINE") {
    throw new UserError("INVALID_INPUT", "Keberatan daring diajukan sendiri oleh pemohon melalui portal.", { channel: "Pilih saluran penerimaan." });
  }
  if (submittedAt.getTime() > now.getTime() + 60_000) {
    throw new UserError("INVALID_INPUT", "Waktu penerimaan tidak boleh di masa depan.", { receivedAt: "Waktu penerimaan tidak boleh di masa depan." });
  }
  const proxyName = input.proxyName?.trim() || null;
  const hasFile = isChosenFile(input.powerOfAttorney);
  // Perki 1/2021: an objection through a proxy carries the power of attorney (surat kuasa).
  if (proxyName && !hasFile) {
    const message = "Lampirkan surat kuasa bila keberatan diajukan melalui kuasa.";
    throw new UserError("INVALID_INPUT", message, { powerOfAttorney: message });
  }

  return withStagedUploads([{ file: hasFile ? input.powerOfAttorney : null, purpose: "POWER_OF_ATTORNEY", field: "powerOfAttorney" }], ([powerOfAttorney]) =>
    db().$transaction(async (tx) => {
      const request = await tx.informationRequest.findUnique({ where: { number: input.requestNumber.trim() } });
      if (!request) throw new UserError("NOT_FOUND", "Permohonan tidak ditemukan.");
      requireCaseScope(actor, request, "Permohonan");
      await lockRequest(tx, request.id);
      if (submittedAt.getTime() < request.submittedAt.getTime()) {
        throw new UserError("INVALID_INPUT", "Waktu penerimaan keberatan tidak boleh sebelum permohonan diajukan.", { receivedAt: "Periksa tanggal dan jam." });
      }

      const config = await loadCalendarConfig(tx);
      const { availability } = groundsForRequest(request, config, submittedAt);
      const check = assertObjectionTransition(START, "FILE", actor.role, {
        grounds: [],
        groundAvailability: availability,
        disputeFilingDeadlinePassed: false,
        disputeFilingDueDate: null,
        input: { grounds: input.grounds },
      });
      const grounds = input.grounds as ObjectionGround[];
      await refuseOverlap(tx, request.id, grounds);
      // UU 14/2008 Pasal 36(1): outside the computed window it is registered all the same, with a
      // warning; admissibility is the Atasan's decision (answer "tidak dapat diterima").
      const warnings = windowWarnings(availability, grounds);
      const windowWarning = warnings.length > 0 ? warnings.join(" ") : null;

      // UU 14/2008 Pasal 36(2): the Atasan answers within 30 working days of receipt.
      const deadline = computeDeadline("OBJECTION_RESPONSE", submittedAt, config);
      const receivedDate = deadline.receivedDate!;
      const office = await officeInTx(tx);
      const { number, sequence } = await allocateNumber(tx, "OBJECTION", yearOf(receivedDate), office.officeCode);
      const objection = await tx.objection.create({
        data: {
          number,
          year: yearOf(receivedDate),
          sequence,
          requestId: request.id,
          // The objector's account: the requester's, also when the desk enters it for them.
          filedByUserId: request.requesterUserId,
          channel,
          submittedAt,
          receivedDate: toDbDate(receivedDate),
          grounds,
          casePosition: input.casePosition.trim(),
          purpose: input.purpose.trim(),
          proxyName,
          proxyAddress: input.proxyAddress?.trim() || null,
          windowWarning,
          status: check.to,
          dueDate: toDbDate(deadline.dueDate),
        },
      });
      if (powerOfAttorney) await recordUpload(tx, powerOfAttorney, { purpose: "POWER_OF_ATTORNEY", uploadedById: actor.id, objectionId: objection.id });
      const today = todayIn(config, now);
      const letter = await issueLetter(tx, {
        kind: "OBJECTION_RECEIPT",
        date: today,
        officeCode: office.officeCode,
        objectionId: objection.id,
        signedBy: office.letterhead.signerName,
        content: (letterNumber) =>
          buildObjectionReceipt(
            {
              office,
              date: today,
              objection: {
                number,
                receivedDate,
                submittedAtText: formatInstantId(submittedAt, config.timeZone),
                channel,
                grounds,
                casePosition: objection.casePosition,
                purpose: objection.purpose,
                proxyName,
                proxyAddress: objection.proxyAddress,
                dueDate: deadline.dueDate,
                windowWarning,
              },
              request,
              trackingUrl: trackingPath(request),
              officialYears: config.officialYears,
            },
            letterNumber,
          ),
      });
      const groundDates = Object.fromEntries(
        availability.filter((a) => grounds.includes(a.ground)).map((a) => [a.ground, { groundDate: a.groundDate, filingDeadline: a.filingDeadline }]),
      );
      await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
        event: "FILE",
        actor: { id: actor.id, role: actor.role },
        fromStatus: null,
        toStatus: check.to,
        note: `Alasan huruf ${grounds.map((g) => GROUND_LETTERS[g]).join(", ")}; diterima ${formatDateId(receivedDate)}.${windowWarning ? ` Peringatan: ${windowWarning}` : ""}`,
        data: { requestNumber: request.number, channel, submittedAt: submittedAt.toISOString(), receivedDate, dueDate: deadline.dueDate, letterNumber: letter.number, groundDates, windowWarning },
        at: now,
      });
      return { id: objection.id, number, letterId: letter.id, receivedDate, dueDate: deadline.dueDate };
    }),
  );
}

/** A ground already under review in an open objection on the same request is not filed twice. */
async function refuseOverlap(tx: Tx, requestId: string, grounds: ObjectionGround[]) {
  // Filtered here: array operators on enum arrays (hasSome) are not portable across our adapters.
  const pending = await tx.objection.findMany({
    where: { requestId, status: { in: ["RECEIVED", "UNDER_REVIEW"] } },
    select: { number: true, grounds: true },
  });
  const open = pending.filter((o) => o.grounds.some((g) => grounds.includes(g as ObjectionGround)));
  if (open.length === 0) return;
  throw new UserError("INVALID_STATE", `Alasan yang sama sedang diperiksa dalam keberatan ${open.map((o) => o.number).join(", ")}. Tunggu tanggapan Atasan PPID atas keberatan itu.`);
}
