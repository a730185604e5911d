import "server-only";
import type { CaseScope } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// The years that have requests (newest first), for the register's year filter and the Statistik
// page's year list. Prisma's `distinct` reads every row and removes the duplicates in JavaScript
// (4–6 s at a million requests, on every register page); this walks the index down from the newest
// year instead, one probe per year ("year", "sequence" unique index; "unitId", "year", "sequence" for a unit).

function scopeSql(scope: CaseScope): Prisma.Sql | null {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "unit") return Prisma.sql`"unitId" = ${scope.unitId}`;
  if (scope.kind === "own") return Prisma.sql`"requesterUserId" = ${scope.userId}`;
  return null;
}

export async function listRequestYears(scope: CaseScope): Promise<number[]> {
  const where = scopeSql(scope);
  if (!where) return [];
  const rows = await db().$queryRaw<{ year: number }[]>`
    WITH RECURSIVE y("year") AS (
      SELECT max("year") FROM "InformationRequest" WHERE ${where}
      UNION ALL
      SELECT (SELECT max("year") FROM "InformationRequest" WHERE ${where} AND "year" < y."year") FROM y WHERE y."year" IS NOT NULL
    )
    SELECT "year"::int AS "year" FROM y WHERE "year" IS NOT NULL ORDER BY "year" DESC`;
  return rows.map((r) => r.year);
}
