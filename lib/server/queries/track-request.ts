import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/server/db";

export type TrackedRequest = {
  number: string;
  receivedDate: string;
  dueDate: string | null;
  status: string;
  outcome: string | null;
  informationRequested: string;
  events: { at: string; event: string; note: string | null }[];
  letters: { kind: string; number: string; date: string }[];
};

const ymd = (d: Date) => d.toISOString().slice(0, 10);

function sameCode(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a.toUpperCase());
  const y = new TextEncoder().encode(b.toUpperCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Number + access code, no account needed. Nothing personal beyond what the requester typed. */
export async function trackRequest(number: string, accessCode: string): Promise<TrackedRequest | null> {
  const r = await db().informationRequest.findUnique({
    where: { number: number.trim() },
    include: { events: { orderBy: { at: "asc" } }, letters: { orderBy: { date: "asc" } } },
  });
  if (!r || !sameCode(r.accessCode, accessCode.trim())) return null;
  return {
    number: r.number,
    receivedDate: ymd(r.receivedDate),
    dueDate: r.dueDate ? ymd(r.dueDate) : null,
    status: r.status,
    outcome: r.outcome,
    informationRequested: r.informationRequested,
    events: r.events.map((e) => ({ at: e.at.toISOString(), event: e.event, note: e.note })),
    letters: r.letters.map((l) => ({ kind: l.kind, number: l.number, date: ymd(l.date) })),
  };
}
