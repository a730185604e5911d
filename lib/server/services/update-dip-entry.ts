import "server-only";
import { canEditDipEntry, type DipStatus } from "@/lib/domain/dip-workflow";
import { isUnitBound } from "@/lib/domain/permissions";
import type { TUpdateDipEntryInput } from "@/lib/schemas/dip";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertDipReferences, caseActor, entryInScope, dipEntryFields, lockDipEntry, writeDipEvent, type DipActor } from "@/lib/server/services/dip-common";

const FIELD_LABELS = {
  title: "judul",
  summary: "ringkasan isi",
  category: "kategori",
  unitId: "unit",
  responsible: "penanggung jawab",
  producedWhen: "waktu pembuatan",
  producedWhere: "tempat pembuatan",
  form: "bentuk informasi",
  retention: "jangka waktu penyimpanan",
  year: "tahun",
  link: "tautan",
  consequenceTestId: "uji konsekuensi",
} as const;

/** Edits the fields of an entry in DRAFT/RETURNED (dip-workflow.ts canEditDipEntry). */
export async function updateDipEntry(actor: DipActor, input: TUpdateDipEntryInput): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockDipEntry(tx, input.entryId);
    const entry = entryInScope(actor, await tx.dipEntry.findUnique({ where: { id: input.entryId } }));
    if (!canEditDipEntry(caseActor(actor), { status: entry.status as DipStatus, unitId: entry.unitId })) {
      throw new UserError("INVALID_STATE", "Entri ini tidak dapat diubah: hanya draf atau usulan yang dikembalikan, oleh unitnya atau PPID Utama.");
    }
    // A PPID Pelaksana cannot move an entry to another unit; the PPID Utama may.
    const unitId = isUnitBound(actor.role) ? entry.unitId : (input.unitId ?? entry.unitId);
    const consequenceTestId = input.category === "DIKECUALIKAN" ? (input.consequenceTestId ?? null) : null;
    await assertDipReferences(tx, unitId, consequenceTestId ?? undefined);
    const next = dipEntryFields(input, unitId, consequenceTestId);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== entry[key]);
    if (changed.length === 0) return;
    await tx.dipEntry.update({ where: { id: entry.id }, data: next });
    await writeDipEvent(tx, {
      dipEntryId: entry.id,
      event: "UPDATE",
      actorId: actor.id,
      fromStatus: entry.status,
      toStatus: entry.status,
      note: `Diubah: ${changed.map((key) => FIELD_LABELS[key]).join(", ")}.`,
    });
  });
}
