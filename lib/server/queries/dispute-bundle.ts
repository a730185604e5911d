import "server-only";
import type { CaseActor } from "@/lib/domain/permissions";
import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { fromDbDate } from "@/lib/domain/db-date";

// Everything the dispute desk's bundle shows (docs/domain.md, disputes): the request, its letters
// (receipt, notices, handover receipt), the consequence test a refusal or partial grant rests on, the objection and its letters, the follow-up orders, the
// court stages (UU 14/2008 Pasal 47-50), and the full log of all three cases in order.

export type BundleEvent = {
  kind: "REQUEST" | "OBJECTION" | "DISPUTE";
  at: Date;
  event: string;
  actorRole: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
};

export type BundleLetter = { id: string; kind: string; number: string; date: string; content: LetterContent };

/** Null when the dispute does not exist or lies outside the actor's case scope. */
export async function loadDisputeBundle(disputeId: string, actor: CaseActor) {
  const dispute = await db().dispute.findUnique({
    where: { id: disputeId },
    include: {
      attachments: { orderBy: { createdAt: "asc" }, select: { fileName: true, createdAt: true } },
      courtStages: { orderBy: { createdAt: "asc" } },
      objection: {
        include: {
          request: { include: { unit: { select: { name: true } }, consequenceTest: true, letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } } },
          letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
          tasks: { orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!dispute || !caseInScope(caseScopeFor(actor), dispute.objection.request)) return null;
  const { objection } = dispute;
  const { request } = objection;
  const rows = await db().caseEvent.findMany({
    where: { OR: [{ requestId: request.id }, { objectionId: objection.id }, { disputeId: dispute.id }] },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    include: { actor: { select: { name: true } } },
  });
  const events: BundleEvent[] = rows.map((e) => ({
    kind: e.caseKind,
    at: e.at,
    event: e.event,
    actorRole: e.actorRole,
    actorName: e.actor?.name ?? null,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
  }));
  const letter = (l: { id: string; kind: string; number: string; date: Date; content: unknown }): BundleLetter => ({
    id: l.id,
    kind: l.kind,
    number: l.number,
    date: fromDbDate(l.date),
    content: l.content as LetterContent,
  });
  return {
    dispute,
    objection,
    request,
    requestLetters: request.letters.map(letter),
    objectionLetters: objection.letters.map(letter),
    tasks: objection.tasks,
    attachments: dispute.attachments,
    events,
  };
}

export type DisputeBundleData = NonNullable<Awaited<ReturnType<typeof loadDisputeBundle>>>;
