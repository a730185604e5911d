import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { TConsequenceTestInput } from "@/lib/schemas/consequence-test";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { isChosenFile, recordUpload, type StoredUpload, type UploadToStage } from "@/lib/server/storage";
import { toDbDate } from "@/lib/domain/db-date";

// Shared by create-consequence-test.ts and update-consequence-test.ts.

export type TestActor = { id: string; role: Role };

/** The columns of ConsequenceTest from the form (dates are office-local calendar dates). */
export function consequenceTestData(input: TConsequenceTestInput) {
  const exempt = input.conclusion !== "OPEN";
  return {
    information: input.information,
    pasal17Letters: [...input.pasal17Letters],
    otherLegalBasis: input.otherLegalBasis ?? null,
    consequences: input.consequences,
    publicInterest: input.publicInterest,
    conclusion: input.conclusion,
    // An "open" conclusion exempts nothing, so it has no exemption period (UU 14/2008 Pasal 20).
    exemptionPeriod: exempt ? (input.exemptionPeriod ?? null) : null,
    exemptUntil: exempt && input.exemptUntil ? toDbDate(input.exemptUntil) : null,
    participants: input.participants,
    decisionNumber: input.decisionNumber,
    decisionDate: toDbDate(input.decisionDate),
  };
}

/** The signed sheet to stage before the transaction (withStagedUploads), when one was chosen. */
export function sheetUpload(sheet: unknown): UploadToStage {
  return { file: isChosenFile(sheet) ? sheet : null, purpose: "CONSEQUENCE_TEST_SHEET", field: "sheet" };
}

/** Records the staged sheet (if any) of the test. */
export async function recordSheet(tx: Tx, actor: TestActor, testId: string, sheet: StoredUpload | null): Promise<void> {
  if (sheet) await recordUpload(tx, sheet, { purpose: "CONSEQUENCE_TEST_SHEET", uploadedById: actor.id, consequenceTestId: testId });
}
