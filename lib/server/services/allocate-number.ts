import "server-only";
import { formatNumber, type NumberKind } from "@/lib/domain/numbering";
import type { Tx } from "@/lib/server/db";

/**
 * The next number of a kind in a year, gap-free and unique under concurrent submissions: the
 * counter row is incremented with one atomic upsert inside the caller's transaction, so the row
 * stays locked until that transaction commits, and a rollback gives the number back.
 */
export async function allocateNumber(
  tx: Tx,
  kind: NumberKind,
  year: number,
  officeCode: string,
): Promise<{ sequence: number; number: string }> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("kind", "year", "value")
    VALUES (${kind}::"NumberKind", ${year}, 1)
    ON CONFLICT ("kind", "year") DO UPDATE SET "value" = "NumberSequence"."value" + 1
    RETURNING "value"`;
  const sequence = Number(rows[0].value);
  return { sequence, number: formatNumber(kind, sequence, year, officeCode) };
}
