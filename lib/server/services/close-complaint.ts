import "server-only";
import type { TCloseComplaintInput } from "@/lib/schemas/complaint";
import { db } from "@/lib/server/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";
import { loadComplaintForStep } from "@/lib/server/services/complaint-common";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/**
 * Closes the complaint with its answer (UU 25/2009 Pasal 36(3): complaints are answered). The
 * answer is shown on the tracking page and, when the complainant left an address, mailed.
 */
export async function closeComplaint(actor: StaffActor, input: TCloseComplaintInput, now: Date = new Date()) {
  return db().$transaction(async (tx) => {
    const { complaint, next } = await loadComplaintForStep(tx, actor, input.complaintId, "CLOSE");
    await tx.complaint.update({ where: { id: complaint.id }, data: { status: next, closingAnswer: input.answer, closedAt: now } });
    await tx.complaintNote.create({ data: { complaintId: complaint.id, authorId: actor.id, text: "Pengaduan ditutup dengan jawaban.", createdAt: now } });
    if (complaint.email) {
      const office = await tx.officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { name: true, phone: true, email: true } });
      await enqueueMail(tx, {
        to: complaint.email,
        subject: `[${complaint.number}] Jawaban atas pengaduan Anda`,
        category: "COMPLAINT_ANSWER",
        text: [
          `Yth. ${complaint.name ?? "Pelapor"},`,
          "",
          `Pengaduan Anda nomor ${complaint.number} telah selesai ditindaklanjuti. Jawaban kami:`,
          "",
          input.answer,
          "",
          `Jawaban ini juga dapat dilihat di ${absoluteUrl("/pengaduan/lacak")} dengan nomor dan kode akses pengaduan.`,
          "",
          "Hormat kami,",
          office.name,
          `Telepon ${office.phone} · ${office.email}`,
        ].join("\n"),
      });
    }
    return { status: next };
  });
}
