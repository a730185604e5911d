"use server";

import { revalidatePath } from "next/cache";
import { ZRecordLetterReceiptInput } from "@/lib/schemas/letter-receipt";
import { createAction } from "@/lib/server/action-client";
import { recordLetterReceipt } from "@/lib/server/services/record-letter-receipt";

// The desk records when a letter reached the requester; the page it was sent from is refreshed.
export const recordLetterReceiptAction = createAction({
  schema: ZRecordLetterReceiptInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await recordLetterReceipt(user, input);
    if (input.returnTo) revalidatePath(input.returnTo);
    return { ok: true, message: "Tanggal surat diterima dicatat." };
  },
});
