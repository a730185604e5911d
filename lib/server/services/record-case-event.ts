import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { notifyCaseEvent } from "@/lib/server/mail/notify-case-event";

export type CaseRef =
  | { caseKind: "REQUEST"; requestId: string }
  | { caseKind: "OBJECTION"; objectionId: string; requestId?: string }
  | { caseKind: "DISPUTE"; disputeId: string; objectionId?: string; requestId?: string };

export type EventInput = {
  event: string;
  actor: { id: string | null; role: string };
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  data?: Prisma.InputJsonValue;
  at?: Date;
};

/**
 * THE writer of the case log (append-only; a database trigger refuses updates/deletes). In the same
 * transaction it queues the messages the notification table (lib/domain/notifications.ts) names
 * for this event, so a rolled-back step sends nothing.
 */
export async function recordCaseEvent(tx: Tx, ref: CaseRef, input: EventInput) {
  // Public counts (Beranda, Statistik) are not revoked here: they live PUBLIC_STATS_MAX_AGE_SECONDS
  // (lib/server/public-cache.ts), so a busy register neither keeps them out of the cache nor makes
  // every case change write to the shared revocation table inside its transaction.
  const event = await tx.caseEvent.create({
    data: {
      ...ref,
      event: input.event,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      note: input.note ?? null,
      data: input.data,
      ...(input.at ? { at: input.at } : {}),
    },
  });
  await notifyCaseEvent(tx, event);
  return event;
}
