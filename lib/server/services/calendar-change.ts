import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { recomputeOpenDeadlines, type RecomputeActor, type RecomputeSummary } from "./recompute-open-deadlines";
import { toDbDate } from "@/lib/domain/db-date";

// The frame of every change to the working-day calendar (docs/domain.md, Working days): one transaction
// holding the change itself and the recomputation of every open deadline, so a failure anywhere
// leaves both the calendar and the cases as they were.

export type CalendarChangeOutcome<T> = { result: T; recomputed: RecomputeSummary };

// Calendar changes run one at a time: a second one waits, then recomputes on top of the first.
const CALENDAR_LOCK = "SELECT pg_advisory_xact_lock(140200802)";

/** The @db.Date range of one calendar year, for `where: { date: yearRange(2027) }`. */
export function yearRange(year: number): { gte: Date; lt: Date } {
  return { gte: toDbDate(`${year}-01-01`), lt: toDbDate(`${year + 1}-01-01`) };
}

export async function runCalendarChange<T>(
  actor: RecomputeActor,
  change: (tx: Tx) => Promise<{ reason: string; result: T }>,
): Promise<CalendarChangeOutcome<T>> {
  const outcome = await db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(CALENDAR_LOCK);
      const { reason, result } = await change(tx);
      const recomputed = await recomputeOpenDeadlines(tx, { reason, actor });
      return { result, recomputed };
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  // Calculator, Prosedur and every page showing hours or the office read these (office settings
  // run in this frame too).
  await invalidatePublicData(PUBLIC_TAGS.calendar, PUBLIC_TAGS.office);
  return outcome;
}
