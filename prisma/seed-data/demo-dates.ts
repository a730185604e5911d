import { addWorkingDays, type LocalDate } from "../../lib/domain/calendar";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_CASE_CONFIG } from "./demo-case-plan";
import { toDbDate } from "@/lib/domain/db-date";

// Small helpers of the demo case writers (demo-cases.ts, demo-objections.ts).

export type DemoActors = { desk: string; utama: string; pelaksana: string; atasan: string };

/** n working days after a date with the official calendar (0: the date itself). */
export const wd = (date: LocalDate, n: number) => (n === 0 ? date : addWorkingDays(date, n, DEMO_CASE_CONFIG).date);
export const asDate = (ymd: string) => toDbDate(ymd);
/** An office-local (WITA, UTC+8) wall time on a date as an instant. */
export const atWita = (date: LocalDate, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/** Keeps the gap-free counters ahead of the demo numbers so the next real case gets the next one. */
export async function raiseSequence(db: PrismaClient, kind: "REQUEST" | "OBJECTION", rows: { year: number; sequence: number }[]) {
  const max = new Map<number, number>();
  for (const r of rows) max.set(r.year, Math.max(max.get(r.year) ?? 0, r.sequence));
  for (const [year, value] of max) {
    await db.$executeRaw`
      INSERT INTO "NumberSequence" ("kind", "year", "value") VALUES (${kind}::"NumberKind", ${year}, ${value})
      ON CONFLICT ("kind", "year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value")`;
  }
}

