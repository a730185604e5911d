import "server-only";
import { randomBytes } from "node:crypto";
import { toOfficeLocalDate, yearOf } from "@/lib/domain/calendar";
import { COMPLAINT_CATEGORY_LABELS, isAnonymous } from "@/lib/domain/complaints";
import { formatAccessCode, generateAccessCode } from "@/lib/domain/numbering";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { TFileComplaintInput } from "@/lib/schemas/complaint";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { allocateNumber } from "@/lib/server/services/allocate-number";
import { recordUpload, withStagedUploads, type StoredUpload } from "@/lib/server/storage";
import { toDbDate } from "@/lib/domain/db-date";

export type ComplaintFiler = { id: string; role: Role } | null;

export type FiledComplaint = { id: string; number: string; accessCode: string; submittedAt: string; anonymous: boolean; created: boolean };

// Submissions queue on the counter row (allocateNumber); PGlite runs one transaction at a time.
const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

/**
 * A complaint from the public form: number "001/ADU/<kantor>/<tahun>" gap-free (allocated in the
 * same transaction as the insert, so a rollback returns it), an access code for tracking, the
 * evidence checked and stored like every upload, and the receipt mail when an address was given.
 * Anything failing stores nothing (the file of a rolled-back transaction is removed again).
 */
export async function fileComplaint(filer: ComplaintFiler, input: TFileComplaintInput, now: Date = new Date()): Promise<FiledComplaint> {
  const existing = await findBySubmissionKey(input.submissionKey);
  if (existing) return existing;
  try {
    return await withStagedUploads([{ file: input.evidence || null, purpose: "COMPLAINT_EVIDENCE", field: "evidence" }], ([evidence]) =>
      db().$transaction((tx) => fileInTransaction(tx, filer, input, now, evidence), TX_OPTIONS),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findBySubmissionKey(input.submissionKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function fileInTransaction(tx: Tx, filer: ComplaintFiler, input: TFileComplaintInput, now: Date, evidence: StoredUpload | null): Promise<FiledComplaint> {
  const office = await tx.officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { officeCode: true, timeZone: true, name: true, phone: true, email: true } });
  const today = toOfficeLocalDate(now, office.timeZone);
  if (input.incidentDate && input.incidentDate > today) {
    throw new UserError("INVALID_INPUT", "Tanggal kejadian tidak boleh setelah hari ini.", { incidentDate: "Tanggal kejadian tidak boleh setelah hari ini." });
  }
  if (input.unitId) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { active: true } });
    if (!unit?.active) throw new UserError("INVALID_INPUT", "Unit yang diadukan tidak ditemukan.", { unitId: "Pilih unit dari daftar, atau kosongkan." });
  }
  const year = yearOf(today);
  const { sequence, number } = await allocateNumber(tx, "COMPLAINT", year, office.officeCode);
  const accessCode = generateAccessCode(new Uint8Array(randomBytes(8)));
  const complaint = await tx.complaint.create({
    data: {
      number, year, sequence, accessCode,
      submissionKey: input.submissionKey,
      // A citizen's complaint belongs to their account (they follow it there); staff file for nobody.
      userId: filer && can(filer.role, "complaint.view_own") ? filer.id : null,
      category: input.category,
      name: input.name,
      contact: input.contact,
      email: input.email,
      officialConcerned: input.officialConcerned,
      unitId: input.unitId,
      description: input.description,
      incidentDate: input.incidentDate ? toDbDate(input.incidentDate) : null,
      submittedAt: now,
    },
  });
  if (evidence) await recordUpload(tx, evidence, { purpose: "COMPLAINT_EVIDENCE", uploadedById: filer?.id ?? null, complaintId: complaint.id });
  if (input.email) {
    await enqueueMail(tx, {
      to: input.email,
      subject: `[${number}] Pengaduan diterima`,
      category: "COMPLAINT_RECEIPT",
      text: [
        `Yth. ${input.name ?? "Pelapor"},`,
        "",
        `Pengaduan Anda (${COMPLAINT_CATEGORY_LABELS[input.category]}) telah kami terima dengan nomor ${number}.`,
        `Kode akses: ${formatAccessCode(accessCode)}. Simpan nomor dan kode ini untuk memantau pengaduan di ${absoluteUrl("/pengaduan/lacak")}.`,
        "",
        "Hormat kami,",
        office.name,
        `Telepon ${office.phone} · ${office.email}`,
      ].join("\n"),
    });
  }
  return { id: complaint.id, number, accessCode, submittedAt: now.toISOString(), anonymous: isAnonymous(input), created: true };
}

async function findBySubmissionKey(submissionKey: string): Promise<FiledComplaint | null> {
  const row = await db().complaint.findUnique({ where: { submissionKey } });
  if (!row) return null;
  return { id: row.id, number: row.number, accessCode: row.accessCode, submittedAt: row.submittedAt.toISOString(), anonymous: isAnonymous(row), created: false };
}
