import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { yearOf } from "@/lib/domain/calendar";
import type { Tx } from "@/lib/server/db";
import { allocateNumber } from "@/lib/server/services/allocate-number";

export type IssueLetterInput = {
  kind: LetterKind;
  /** Office-local date of the letter, YYYY-MM-DD. */
  date: string;
  officeCode: string;
  requestId?: string;
  objectionId?: string;
  /** Everything the PDF shows, frozen at issue time (the PDF is rendered from this, not from live data). */
  content: Prisma.InputJsonValue;
  signedBy?: string | null;
};

/** Numbers and stores a letter inside the caller's transaction; its PDF is served by /api/surat/[id]. */
export async function issueLetter(tx: Tx, input: IssueLetterInput) {
  const { number } = await allocateNumber(tx, LETTERS[input.kind].numberKind, yearOf(input.date), input.officeCode);
  return tx.letter.create({
    data: {
      kind: input.kind,
      number,
      date: new Date(`${input.date}T00:00:00Z`),
      requestId: input.requestId ?? null,
      objectionId: input.objectionId ?? null,
      content: input.content,
      signedBy: input.signedBy ?? null,
    },
  });
}
