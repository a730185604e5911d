import "server-only";
import { isUnitBound } from "@/lib/domain/permissions";
import { START } from "@/lib/domain/workflow";
import type { TDipEntryInput } from "@/lib/schemas/dip";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import {
  allocateDipNumber,
  assertDipReferences,
  assertDipTransition,
  dipContext,
  dipEntryFields,
  officeToday,
  writeDipEvent,
  type DipActor,
} from "@/lib/server/services/dip-common";

/**
 * A new catalogue entry, in DRAFT (Permendagri 3/2017: PPID Pelaksana propose for their own
 * unit, the PPID Utama approves later). The number is allocated in the same transaction.
 */
export async function createDipEntry(actor: DipActor, input: TDipEntryInput, now: Date = new Date()): Promise<{ id: string; number: string }> {
  // A PPID Pelaksana's entry belongs to their unit; naming another unit is refused by the table.
  const unitId = isUnitBound(actor.role) ? (input.unitId ?? actor.unitId) : input.unitId;
  if (!unitId) throw new UserError("INVALID_INPUT", "Pilih unit yang menguasai informasi.", { unitId: "Pilih unit." });
  // Only an exempt entry rests on a consequence test (UU 14/2008 Pasal 17, 19).
  const consequenceTestId = input.category === "DIKECUALIKAN" ? input.consequenceTestId : undefined;

  return db().$transaction(async (tx) => {
    const today = await officeToday(tx, now);
    const ctx = dipContext({ unitId, category: input.category, consequenceTest: null }, actor.unitId, today);
    const to = assertDipTransition(START, "CREATE", actor.role, ctx);
    await assertDipReferences(tx, unitId, consequenceTestId);
    const number = await allocateDipNumber(tx);
    const entry = await tx.dipEntry.create({
      data: {
        number,
        ...dipEntryFields(input, unitId, consequenceTestId ?? null),
        status: to,
        createdById: actor.id,
      },
      select: { id: true, number: true },
    });
    await writeDipEvent(tx, { dipEntryId: entry.id, event: "CREATE", actorId: actor.id, fromStatus: null, toStatus: to });
    return entry;
  });
}
