import "server-only";
import { assertPermission } from "@/lib/server/permission";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { TConsequenceTestInput } from "@/lib/schemas/consequence-test";
import { db } from "@/lib/server/db";
import { consequenceTestData, recordSheet, sheetUpload, type TestActor } from "@/lib/server/services/save-consequence-test";
import { withStagedUploads } from "@/lib/server/storage";

/** Records a consequence test (uji konsekuensi, UU 14/2008 Pasal 2(4), 17, 19) with its signed sheet. */
export async function createConsequenceTest(actor: TestActor, input: TConsequenceTestInput): Promise<{ id: string }> {
  assertPermission(actor, "consequence_test.manage");
  const created = await withStagedUploads([sheetUpload(input.sheet)], ([sheet]) =>
    db().$transaction(async (tx) => {
      const test = await tx.consequenceTest.create({ data: consequenceTestData(input), select: { id: true } });
      await recordSheet(tx, actor, test.id, sheet);
      return test;
    }),
  );
  // The DIK page shows the tests behind exempt entries.
  await invalidatePublicData(PUBLIC_TAGS.dip);
  return created;
}
