import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

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

/** Appends one row to the case log (append-only; a database trigger refuses updates/deletes). */
export function recordCaseEvent(tx: Tx, ref: CaseRef, input: EventInput) {
  return tx.caseEvent.create({
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
}
