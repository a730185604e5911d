import "server-only";
import type { DipStatus } from "@/lib/domain/dip-workflow";
import type { TTransitionDipInput } from "@/lib/schemas/dip";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertDipTransition, dipContext, entryInScope, lockDipEntry, officeToday, writeDipEvent, type DipActor } from "@/lib/server/services/dip-common";

/**
 * Submit, return (with a note), publish, unpublish (with a reason), republish — whatever the
 * table (lib/domain/dip-workflow.ts) allows this actor now; the page offers the same buttons.
 */
export async function transitionDipEntry(
  actor: DipActor,
  input: TTransitionDipInput,
  now: Date = new Date(),
): Promise<{ number: string; status: DipStatus }> {
  return db().$transaction(async (tx) => {
    await lockDipEntry(tx, input.entryId);
    const entry = entryInScope(
      actor,
      await tx.dipEntry.findUnique({ where: { id: input.entryId }, include: { consequenceTest: { select: { conclusion: true, exemptUntil: true } } } }),
    );
    const today = await officeToday(tx, now);
    const from = entry.status as DipStatus;
    const note = input.note?.trim();
    const to = assertDipTransition(from, input.event, actor.role, dipContext(entry, actor.unitId, today, note ?? ""));

    const reviewNote = input.event === "RETURN" || input.event === "UNPUBLISH" ? (note ?? null) : input.event === "SUBMIT" ? entry.reviewNote : null;
    await tx.dipEntry.update({
      where: { id: entry.id },
      data: {
        status: to,
        reviewNote,
        // The publication date is the first one; a republished entry keeps it.
        ...(to === "PUBLISHED" ? { publishedAt: entry.publishedAt ?? now } : {}),
      },
    });
    await writeDipEvent(tx, {
      dipEntryId: entry.id,
      event: input.event,
      actorId: actor.id,
      fromStatus: from,
      toStatus: to,
      note: note || null,
    });
    return { number: entry.number, status: to };
  });
}
