import "server-only";
import type { Tx } from "@/lib/server/db";
import { lockDipEntry, writeDipEvent } from "@/lib/server/services/dip-common";

/**
 * UU 14/2008 Pasal 11(2) and the consequence-test rules (Pasal 2(4), 19): information that a KI
 * ruling, an Atasan's order or a court decision opened is information available at any time. The
 * exempt (DIKECUALIKAN) DIP entries resting on the request's consequence test move to SETIAP_SAAT,
 * each with an OPENED_BY_DECISION event naming the decision. Runs inside the caller's transaction;
 * entries already open are left alone (idempotent). A decision that opens only part of the
 * information is not applied automatically: the PPID edits the entry (its parts differ).
 */
export async function openExemptInformation(tx: Tx, a: { consequenceTestId: string | null; actorId: string; decision: string; now: Date }) {
  if (!a.consequenceTestId) return [];
  const entries = await tx.dipEntry.findMany({
    where: { consequenceTestId: a.consequenceTestId, category: "DIKECUALIKAN" },
    select: { id: true },
    orderBy: { number: "asc" },
  });
  const opened: string[] = [];
  for (const { id } of entries) {
    await lockDipEntry(tx, id);
    const entry = await tx.dipEntry.findUnique({ where: { id }, select: { category: true, status: true, number: true } });
    if (!entry || entry.category !== "DIKECUALIKAN") continue;
    await tx.dipEntry.update({
      where: { id },
      data: { category: "SETIAP_SAAT", ...(entry.status === "PUBLISHED" ? { publishedAt: a.now } : {}) },
    });
    await writeDipEvent(tx, {
      dipEntryId: id,
      event: "OPENED_BY_DECISION",
      actorId: a.actorId,
      fromStatus: entry.status,
      toStatus: entry.status,
      note: `${a.decision} membuka informasi ini; kategori menjadi informasi setiap saat (UU 14/2008 Pasal 11 ayat (2)).`,
    });
    opened.push(entry.number);
  }
  return opened;
}
