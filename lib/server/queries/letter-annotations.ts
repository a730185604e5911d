import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db";
import type { LetterAnnotation } from "@/lib/server/letters/letter-content";

/**
 * The notes added to letters after issue, from the case events that recorded them (a recomputed
 * deadline the letter states: lib/server/services/recompute-open-deadlines.ts), oldest first.
 */
export async function loadLetterAnnotations(letterIds: readonly string[], timeZone: string): Promise<Map<string, LetterAnnotation[]>> {
  const byLetter = new Map<string, LetterAnnotation[]>();
  if (letterIds.length === 0) return byLetter;
  const events = await db().caseEvent.findMany({
    where: { event: "RECOMPUTE_DEADLINE", OR: letterIds.map((id) => ({ data: { path: ["annotatedLetterId"], equals: id } })) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, data: true },
  });
  for (const e of events) {
    const data = e.data as { annotatedLetterId?: string; annotation?: string } | null;
    if (!data?.annotatedLetterId || !data.annotation) continue;
    const list = byLetter.get(data.annotatedLetterId) ?? [];
    list.push({ date: toOfficeLocalDate(e.at, timeZone), text: data.annotation });
    byLetter.set(data.annotatedLetterId, list);
  }
  return byLetter;
}
