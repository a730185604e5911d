import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { yearOf } from "@/lib/domain/calendar";
import type { HandoverMethod } from "@/lib/domain/handover";
import type { Tx } from "@/lib/server/db";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { allocateNumber } from "@/lib/server/services/allocate-number";
import { toDbDate } from "@/lib/domain/db-date";

export type IssueLetterInput = {
  kind: LetterKind;
  /** Office-local date of the letter, YYYY-MM-DD. */
  date: string;
  officeCode: string;
  requestId?: string;
  objectionId?: string;
  /**
   * Everything the PDF shows, frozen at issue time (the PDF is rendered from this, not from live data).
   * A builder receives the allocated number, so the content's `number` is the letter's own.
   */
  content: Prisma.InputJsonValue | ((number: string) => LetterContent);
  signedBy?: string | null;
  /** How and when the letter reached the requester, when known at issue (handed over in person). */
  deliveredVia?: HandoverMethod;
  receivedOn?: string;
};

/** Numbers and stores a letter inside the caller's transaction; its PDF is served by /api/surat/[id]. */
export async function issueLetter(tx: Tx, input: IssueLetterInput) {
  const { number } = await allocateNumber(tx, LETTERS[input.kind].numberKind, yearOf(input.date), input.officeCode);
  return tx.letter.create({
    data: {
      kind: input.kind,
      number,
      date: toDbDate(input.date),
      requestId: input.requestId ?? null,
      objectionId: input.objectionId ?? null,
      content: typeof input.content === "function" ? (input.content(number) as unknown as Prisma.InputJsonValue) : input.content,
      signedBy: input.signedBy ?? null,
      deliveredVia: input.deliveredVia ?? null,
      receivedOn: input.receivedOn ? toDbDate(input.receivedOn) : null,
    },
  });
}
