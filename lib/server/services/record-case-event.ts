import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { noticesFor } from "@/lib/domain/notifications";
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

/**
 * Many events at once (a calendar change moving thousands of deadlines): one insert for thousands
 * instead of one round trip each. Events whose kind has messages in the notification table go
 * through recordCaseEvent one by one, so their messages are queued as always.
 */
export async function recordCaseEvents(tx: Tx, items: { ref: CaseRef; input: EventInput }[]): Promise<void> {
  const silent: typeof items = [];
  for (const item of items) {
    if (noticesFor(item.ref.caseKind, item.input.event).length === 0) silent.push(item);
    else await recordCaseEvent(tx, item.ref, item.input);
  }
  // One statement per 5,000 events, the columns as arrays (createMany spends most of its time
  // building a statement with ten parameters per row). Ids are one random prefix and a running
  // number: inserted in order, they fill the primary key's pages one after another instead of
  // landing on a random page each.
  const now = new Date().toISOString();
  const prefix = `e${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
  for (let i = 0; i < silent.length; i += 5000) {
    const chunk = silent.slice(i, i + 5000);
    const col = <T>(pick: (item: (typeof chunk)[number]) => T) => chunk.map(pick);
    await tx.$executeRaw`
      INSERT INTO "CaseEvent" ("id", "caseKind", "requestId", "objectionId", "disputeId", "event", "actorId", "actorRole", "fromStatus", "toStatus", "note", "data", "at")
      SELECT ${prefix} || lpad((${i}::int + v.n)::text, 7, '0'), v.kind::"CaseKind", v.req, v.obj, v.dis, v.ev, v.actor, v.role, v.fr, v.tos, v.note, v.data::jsonb,
        (coalesce(v.at, ${now})::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(
        ${col((x) => x.ref.caseKind)}::text[],
        ${col((x) => ("requestId" in x.ref ? (x.ref.requestId ?? null) : null))}::text[],
        ${col((x) => ("objectionId" in x.ref ? (x.ref.objectionId ?? null) : null))}::text[],
        ${col((x) => ("disputeId" in x.ref ? x.ref.disputeId : null))}::text[],
        ${col((x) => x.input.event)}::text[], ${col((x) => x.input.actor.id)}::text[], ${col((x) => x.input.actor.role)}::text[],
        ${col((x) => x.input.fromStatus ?? null)}::text[], ${col((x) => x.input.toStatus ?? null)}::text[], ${col((x) => x.input.note ?? null)}::text[],
        ${col((x) => (x.input.data === undefined ? null : JSON.stringify(x.input.data)))}::text[], ${col((x) => x.input.at?.toISOString() ?? null)}::text[]
      ) WITH ORDINALITY AS v(kind, req, obj, dis, ev, actor, role, fr, tos, note, data, at, n)`;
  }
}
