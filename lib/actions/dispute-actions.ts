"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZAdvanceDisputeInput, ZCourtRulingInput, ZDisputeDetailsInput, ZDisputeDocumentInput, ZGoToCourtInput, ZRecordDisputeInput } from "@/lib/schemas/dispute";
import { createAction } from "@/lib/server/action-client";
import { advanceDispute } from "@/lib/server/services/advance-dispute";
import { goToCourt } from "@/lib/server/services/go-to-court";
import { recordCourtRuling } from "@/lib/server/services/record-court-ruling";
import { attachDisputeDocument } from "@/lib/server/services/attach-dispute-document";
import { recordDispute } from "@/lib/server/services/record-dispute";
import { updateDisputeDetails } from "@/lib/server/services/update-dispute-details";

// Entry points of the dispute record (UU 14/2008 Pasal 37-40); the dispute table decides the steps.

function refresh(disputeId: string) {
  revalidatePath("/kantor/sengketa");
  revalidatePath(`/kantor/sengketa/${disputeId}`);
  revalidatePath("/kantor/keberatan");
}

export const recordDisputeAction = createAction({
  schema: ZRecordDisputeInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    const dispute = await recordDispute(user, input);
    refresh(dispute.id);
    redirect(`/kantor/sengketa/${dispute.id}?baru=1`);
  },
});

export const advanceDisputeAction = createAction({
  schema: ZAdvanceDisputeInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    await advanceDispute(user, input);
    refresh(input.disputeId);
    redirect(`/kantor/sengketa/${input.disputeId}?selesai=DISPUTE_STEP`);
  },
});

export const disputeDetailsAction = createAction({
  schema: ZDisputeDetailsInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    await updateDisputeDetails(user, input);
    refresh(input.disputeId);
    redirect(`/kantor/sengketa/${input.disputeId}?selesai=DISPUTE_DETAILS`);
  },
});

export const disputeDocumentAction = createAction({
  schema: ZDisputeDocumentInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    await attachDisputeDocument(user, input);
    refresh(input.disputeId);
    redirect(`/kantor/sengketa/${input.disputeId}?selesai=DISPUTE_DOCUMENT`);
  },
});

export const goToCourtAction = createAction({
  schema: ZGoToCourtInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    await goToCourt(user, input);
    refresh(input.disputeId);
    redirect(`/kantor/sengketa/${input.disputeId}?selesai=DISPUTE_STEP`);
  },
});

export const courtRulingAction = createAction({
  schema: ZCourtRulingInput,
  permission: "dispute.record",
  handler: async (input, user) => {
    await recordCourtRuling(user, input);
    refresh(input.disputeId);
    redirect(`/kantor/sengketa/${input.disputeId}?selesai=DISPUTE_STEP`);
  },
});
