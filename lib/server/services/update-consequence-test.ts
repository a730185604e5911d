import "server-only";
import { assertPermission } from "@/lib/server/permission";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { TConsequenceTestInput } from "@/lib/schemas/consequence-test";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { consequenceTestData, recordSheet, sheetUpload, type TestActor } from "@/lib/server/services/save-consequence-test";
import { withStagedUploads } from "@/lib/server/storage";

/**
 * Corrects a consequence test; a newly chosen sheet is added (earlier sheets stay, as a record).
 * A changed end date takes effect for its entries at the next exemption check (Pasal 20).
 */
export async function updateConsequenceTest(actor: TestActor, testId: string, input: TConsequenceTestInput): Promise<void> {
  assertPermission(actor, "consequence_test.manage");
  await withStagedUploads([sheetUpload(input.sheet)], ([sheet]) =>
    db().$transaction(async (tx) => {
      if (input.conclusion === "OPEN") await assertNoExemptEntryRelies(tx, testId);
      const updated = await tx.consequenceTest.updateMany({ where: { id: testId }, data: consequenceTestData(input) });
      if (updated.count === 0) throw new UserError("NOT_FOUND", "Uji konsekuensi tidak ditemukan.");
      await recordSheet(tx, actor, testId, sheet);
    }),
  );
  // The DIK page shows the tests behind exempt entries.
  await invalidatePublicData(PUBLIC_TAGS.dip);
}

/** An "open" conclusion cannot stay the basis of an exempt entry under review or published. */
async function assertNoExemptEntryRelies(tx: Tx, testId: string): Promise<void> {
  const relying = await tx.dipEntry.findMany({
    where: { consequenceTestId: testId, category: "DIKECUALIKAN", status: { in: ["SUBMITTED", "PUBLISHED"] } },
    select: { number: true },
  });
  if (relying.length === 0) return;
  const numbers = relying.map((e) => e.number).join(", ");
  throw new UserError("INVALID_INPUT", `Uji konsekuensi ini masih menjadi dasar informasi dikecualikan (${numbers}). Tarik atau ubah entri itu lebih dahulu.`, {
    conclusion: "Kesimpulan \"terbuka\" belum dapat dipilih.",
  });
}
