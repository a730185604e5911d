import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertPermission,
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  withStoredFiles,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";
import { isChosenFile, saveUpload } from "@/lib/server/storage";

export type DeliverRequestInput = {
  requestId: string;
  /** The information itself (DELIVERED_INFORMATION; the requester may download it). */
  files?: unknown[];
  /** A link where the information can be read (http/https). */
  link?: string;
  /** Pick-up, post or courier: what was handed over, to whom, receipt number. */
  note?: string;
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
  throw new UserError("Tautan harus alamat web lengkap (https://…).", { link: "Tautan harus diawali https:// atau http://." });
}

/**
 * DESIGN.md 1.1 step 7: the granted information is handed over (files, a link, or a note of
 * pick-up/post) and the request is closed (DELIVER; the table's guardDeliver: only after a grant).
 */
export async function deliverRequest(actor: StaffActor, input: DeliverRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const files = (input.files ?? []).filter(isChosenFile);
  const link = safeLink(input.link);
  const note = input.note?.trim() || undefined;
  if (files.length === 0 && !link && !note) {
    throw new UserError("Lampirkan informasinya, tuliskan tautannya, atau catat cara penyerahannya.", {
      note: "Isi sedikitnya satu: berkas, tautan, atau catatan penyerahan.",
    });
  }
  return withStoredFiles((keep) =>
    db().$transaction(async (tx) => {
      const request = await loadRequestForChange(tx, actor, input.requestId);
      const { config } = await loadSetting(tx, now);
      const check = assertRequestTransition(request, "DELIVER", actor.role, now, config.timeZone);
      const attachments = [];
      for (const [index, file] of files.entries()) {
        const attachment = await saveUpload(tx, file, {
          purpose: "DELIVERED_INFORMATION",
          uploadedById: actor.id,
          requestId: request.id,
          field: `file${index + 1}`,
        });
        keep(attachment.storageKey);
        attachments.push(attachment);
      }
      const deliveryNote = [note, link ? `Tautan: ${link}` : null, attachments.length ? `Berkas: ${attachments.map((a) => a.fileName).join(", ")}` : null]
        .filter(Boolean)
        .join("\n");
      await tx.informationRequest.update({
        where: { id: request.id },
        data: { status: check.to, deliveredAt: now, deliveryNote, closedAt: now },
      });
      await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
        event: "DELIVER",
        actor: { id: actor.id, role: actor.role },
        fromStatus: request.status,
        toStatus: check.to,
        note: deliveryNote,
        data: { link: link ?? null, attachmentIds: attachments.map((a) => a.id) },
      });
      return { id: request.id, number: request.number, status: check.to, attachments: attachments.length };
    }),
  );
}
