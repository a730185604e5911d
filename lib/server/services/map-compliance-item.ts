import "server-only";
import { complianceItem } from "@/lib/domain/dip-compliance";
import type { TMapComplianceInput } from "@/lib/schemas/dip-compliance";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

const CATEGORY_MISMATCH = "Entri ini berkategori lain: petakan entri dengan kategori yang sama dengan butir daftar wajib.";

/**
 * The PPID Utama states that a DIP entry provides a checklist item (UU 14/2008 Pasal 9–11). The
 * entry must be of the item's category; mapping twice is harmless (the unique pair keeps one).
 */
export async function mapComplianceItem(actor: StaffActor, input: TMapComplianceInput) {
  assertPermission(actor, "dip.compliance_map");
  const item = complianceItem(input.itemCode);
  if (!item) throw new UserError("INVALID_STATE", "Butir daftar wajib tidak dikenal.");
  const entry = await db().dipEntry.findUnique({ where: { id: input.dipEntryId }, select: { id: true, category: true } });
  if (!entry) throw new UserError("INVALID_INPUT", "Entri DIP tidak ditemukan.", { dipEntryId: "Pilih entri dari daftar." });
  if (entry.category !== item.category) throw new UserError("INVALID_INPUT", CATEGORY_MISMATCH, { dipEntryId: CATEGORY_MISMATCH });
  await db().dipComplianceMapping.upsert({
    where: { itemCode_dipEntryId: { itemCode: item.code, dipEntryId: entry.id } },
    create: { itemCode: item.code, dipEntryId: entry.id, createdById: actor.id },
    update: {},
  });
  await invalidatePublicData(PUBLIC_TAGS.compliance);
}

export async function unmapComplianceItem(actor: StaffActor, input: TMapComplianceInput) {
  assertPermission(actor, "dip.compliance_map");
  await db().dipComplianceMapping.deleteMany({ where: { itemCode: input.itemCode, dipEntryId: input.dipEntryId } });
  await invalidatePublicData(PUBLIC_TAGS.compliance);
}
