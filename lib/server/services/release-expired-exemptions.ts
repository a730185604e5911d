import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import type { DipStatus } from "@/lib/domain/dip-workflow";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { assertDipTransition, dipContext, lockDipEntry, officeToday, writeDipEvent } from "@/lib/server/services/dip-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type ReleaseResult = { today: string; released: { id: string; number: string; status: string }[]; failed: string[] };

/**
 * UU 14/2008 Pasal 20: an exemption is not permanent. Every exempt (DIKECUALIKAN) entry whose
 * consequence test's exemptUntil lies before today (office-local date) becomes "informasi setiap
 * saat" (Pasal 11). A published DIK entry is thereby published in the DIP at once; an entry still
 * in review or withdrawn keeps its status, so publication still passes the PPID's approval
 * (Permendagri 3/2017). One transaction per entry, each with its EXEMPTION_ENDED event;
 * idempotent (a released entry is no longer DIKECUALIKAN) and safe to run concurrently (row lock
 * plus re-check by the table).
 */
export async function releaseExpiredExemptions(now: Date): Promise<ReleaseResult> {
  const today = await db().$transaction((tx) => officeToday(tx, now));
  const candidates = await db().dipEntry.findMany({
    where: { category: "DIKECUALIKAN", consequenceTest: { exemptUntil: { lt: toDbDate(today) } } },
    select: { id: true },
    orderBy: { number: "asc" },
  });
  const result: ReleaseResult = { today, released: [], failed: [] };
  for (const { id } of candidates) {
    try {
      const released = await releaseOne(id, today, now);
      if (released) result.released.push(released);
    } catch (error) {
      console.error("[release-exemptions]", id, error);
      result.failed.push(id);
    }
  }
  return result;
}

async function releaseOne(id: string, today: string, now: Date) {
  return db().$transaction(async (tx) => {
    await lockDipEntry(tx, id);
    const entry = await tx.dipEntry.findUnique({
      where: { id },
      include: { consequenceTest: { select: { conclusion: true, exemptUntil: true } } },
    });
    if (!entry || entry.category !== "DIKECUALIKAN") return null;
    const status = entry.status as DipStatus;
    assertDipTransition(status, "EXEMPTION_ENDED", SYSTEM_ACTOR, dipContext(entry, null, today));
    const until = fromDbDate(entry.consequenceTest!.exemptUntil!);
    await tx.dipEntry.update({
      where: { id },
      // Public from now on: the publication date of the DIP entry is the day it became public.
      data: { category: "SETIAP_SAAT", ...(status === "PUBLISHED" ? { publishedAt: now } : {}) },
    });
    await writeDipEvent(tx, {
      dipEntryId: id,
      event: "EXEMPTION_ENDED",
      actorId: null,
      fromStatus: status,
      toStatus: status,
      note: `Masa pengecualian berakhir ${formatDateId(until)} (UU 14/2008 Pasal 20); kategori menjadi informasi setiap saat.`,
    });
    return { id, number: entry.number, status };
  });
}
