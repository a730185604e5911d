import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { defaultHandoverMethod, handoverDateProblem, isHandoverMethod, type HandoverMethod } from "@/lib/domain/handover";
import type { Attachment } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { buildHandoverReceiptContent } from "@/lib/server/letters/content/handover-receipt";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { assertRequestTransition, loadRequestForChange, loadSetting, trackingPath, type StaffActor } from "@/lib/server/services/request-processing-common";
import { isChosenFile, recordUpload, withStagedUploads } from "@/lib/server/storage";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type DeliverRequestInput = {
  requestId: string;
  /** The information itself (DELIVERED_INFORMATION; the requester may download it). */
  files?: unknown[];
  /** A link where the information can be read (http/https). */
  link?: string;
  /** Paper copies or other things handed over, a postal receipt number… */
  note?: string;
  /** How it was handed over; defaults to the requester's chosen way of receiving it. */
  handoverMethod?: string;
  /** Office-local date of the handover, YYYY-MM-DD; defaults to today; never in the future. */
  deliveredOn?: string;
  /** Who received it; defaults to the requester. */
  recipientName?: string;
  /** The recipient is the requester's proxy (kuasa). */
  byProxy?: boolean;
};

function safeLink(link: string | undefined): string | undefined {
  const value = link?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
  } catch {
    // fall through
  }
  throw new UserError("INVALID_INPUT", "Tautan harus alamat web lengkap (https://…).", { link: "Tautan harus diawali https:// atau http://." });
}

function handoverMethodOf(value: string | undefined, deliveryMethod: string): HandoverMethod {
  if (!value) return defaultHandoverMethod(deliveryMethod);
  if (!isHandoverMethod(value)) throw new UserError("INVALID_INPUT", "Pilih cara penyerahan.", { handoverMethod: "Pilih cara penyerahan." });
  return value;
}

/**
 * UU 14/2008 Pasal 22(2) and the office SOP's last step: the granted information is handed over
 * (files, a link, or paper copies) and the request is closed (DELIVER; the table's guardDeliver:
 * only after a grant). In the same transaction the handover receipt (Tanda Bukti Penyerahan) is
 * numbered and issued; its date — the day of the handover, possibly earlier than today — is the
 * delivery date from which objection grounds (d) and (e) of Pasal 35(1) run.
 */
export async function deliverRequest(actor: StaffActor, input: DeliverRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const files = (input.files ?? []).filter(isChosenFile);
  const link = safeLink(input.link);
  const note = input.note?.trim() || undefined;
  if (files.length === 0 && !link && !note) {
    throw new UserError("INVALID_INPUT", "Lampirkan informasinya, tuliskan tautannya, atau catat cara penyerahannya.", {
      note: "Isi sedikitnya satu: berkas, tautan, atau catatan penyerahan.",
    });
  }
  const uploads = files.map((file, index) => ({ file, purpose: "DELIVERED_INFORMATION" as const, field: `file${index + 1}` }));
  return withStagedUploads(uploads, (staged) =>
    db().$transaction(async (tx) => {
      const request = await loadRequestForChange(tx, actor, input.requestId);
      const { config, office, today } = await loadSetting(tx, now);
      const check = assertRequestTransition(request, "DELIVER", actor.role, now, config.timeZone);
      const method = handoverMethodOf(input.handoverMethod, request.deliveryMethod);
      const deliveredOn = input.deliveredOn?.trim() || today;
      // Compared with the day it was submitted, not the counted receipt date: a request filed after
      // hours counts from the next working day but may be handed over the same evening.
      const dateProblem = handoverDateProblem(deliveredOn, today, toOfficeLocalDate(request.submittedAt, config.timeZone));
      if (dateProblem) throw new UserError("INVALID_INPUT", dateProblem, { deliveredOn: dateProblem });
      const recipientName = input.recipientName?.trim() || request.requesterName;
      const byProxy = input.byProxy === true;
      const officer = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
      const attachments: Attachment[] = [];
      for (const file of staged) {
        const attachment = await recordUpload(tx, file!, { purpose: "DELIVERED_INFORMATION", uploadedById: actor.id, requestId: request.id });
        attachments.push(attachment);
      }
      const deliveryNote = [note, link ? `Tautan: ${link}` : null, attachments.length ? `Berkas: ${attachments.map((a) => a.fileName).join(", ")}` : null]
        .filter(Boolean)
        .join("\n");
      const letter = await issueLetter(tx, {
        kind: "HANDOVER_RECEIPT",
        date: deliveredOn,
        officeCode: office.officeCode,
        requestId: request.id,
        signedBy: officer?.name ?? null,
        // Handed over in person, the receipt itself is received that day.
        ...(method === "IN_PERSON" ? { deliveredVia: method, receivedOn: deliveredOn } : {}),
        content: (number) =>
          buildHandoverReceiptContent({
            office,
            request: { ...request, receivedDate: fromDbDate(request.receivedDate) },
            number,
            date: deliveredOn,
            trackingUrl: trackingPath(request),
            noticeDate: request.noticeDate ? fromDbDate(request.noticeDate) : null,
            files: attachments.map((a) => ({ fileName: a.fileName, size: a.size, sha256: a.sha256 })),
            link: link ?? null,
            description: note ?? null,
            informationForm: request.informationForm,
            medium: request.medium,
            feeAmount: request.feeAmount,
            paymentMethod: request.paymentMethod,
            method,
            deliveredOn,
            recipientName,
            byProxy,
            officerName: officer?.name ?? office.letterhead.signerName,
          }),
      });
      await tx.informationRequest.update({
        where: { id: request.id },
        data: {
          status: check.to,
          deliveredAt: now,
          deliveredOn: toDbDate(deliveredOn),
          handoverMethod: method,
          handoverRecipient: recipientName,
          handoverByProxy: byProxy,
          deliveryNote,
          closedAt: now,
        },
      });
      await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
        event: "DELIVER",
        actor: { id: actor.id, role: actor.role },
        fromStatus: request.status,
        toStatus: check.to,
        note: deliveryNote,
        data: { link: link ?? null, attachmentIds: attachments.map((a) => a.id), letterId: letter.id, deliveredOn, handoverMethod: method },
      });
      return { id: request.id, number: request.number, status: check.to, attachments: attachments.length, letterId: letter.id, letterNumber: letter.number };
    }),
  );
}
