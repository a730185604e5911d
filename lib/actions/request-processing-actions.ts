"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RequestEvent } from "@/lib/domain/request-workflow";
import {
  ZDecideRequestInput,
  ZDeliverRequestInput,
  ZExtendRequestInput,
  ZForwardRequestInput,
  ZOfficeCompletionInput,
  ZOfficeWithdrawInput,
  ZPrepareAnswerInput,
  ZRequestCompletionInput,
  ZReturnForRevisionInput,
  ZVerifyRequestInput,
} from "@/lib/schemas/request-processing";
import { createAction } from "@/lib/server/action-client";
import { decideRequest, type DecideRequestInput } from "@/lib/server/services/decide-request";
import { DECIDE_EVENTS } from "@/lib/server/services/decide-request-input";
import { deliverRequest } from "@/lib/server/services/deliver-request";
import { extendRequest } from "@/lib/server/services/extend-request";
import { forwardRequest } from "@/lib/server/services/forward-request";
import { prepareAnswer } from "@/lib/server/services/prepare-answer";
import { requestCompletion } from "@/lib/server/services/request-completion";
import { returnForRevision } from "@/lib/server/services/return-for-revision";
import { submitCompletion } from "@/lib/server/services/submit-completion";
import { verifyRequest } from "@/lib/server/services/verify-request";
import { withdrawRequest } from "@/lib/server/services/withdraw-request";
import { isChosenFile } from "@/lib/server/storage";

// The staff's steps on a request. The permission gates the action; which step this user may take
// on this case (role, state, guard, case scope) is decided by the table inside each service.
// Success goes back to the case page with ?selesai=<event>, which shows what was done.

function done(requestId: string, event: RequestEvent): never {
  revalidatePath("/kantor/permohonan");
  revalidatePath(`/kantor/permohonan/${requestId}`);
  redirect(`/kantor/permohonan/${requestId}?selesai=${event}`);
}

export const verifyRequestAction = createAction({
  schema: ZVerifyRequestInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await verifyRequest(user, input);
    done(input.requestId, "VERIFY_COMPLETE");
  },
});

export const requestCompletionAction = createAction({
  schema: ZRequestCompletionInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await requestCompletion(user, input);
    done(input.requestId, "REQUEST_COMPLETION");
  },
});

export const forwardRequestAction = createAction({
  schema: ZForwardRequestInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await forwardRequest(user, input);
    done(input.requestId, "FORWARD_TO_UNIT");
  },
});

export const prepareAnswerAction = createAction({
  schema: ZPrepareAnswerInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await prepareAnswer(user, { ...input, files: [input.file1, input.file2, input.file3] });
    done(input.requestId, "PREPARE_ANSWER");
  },
});

export const returnForRevisionAction = createAction({
  schema: ZReturnForRevisionInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await returnForRevision(user, input);
    done(input.requestId, "RETURN_FOR_REVISION");
  },
});

export const extendRequestAction = createAction({
  schema: ZExtendRequestInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await extendRequest(user, input);
    done(input.requestId, "EXTEND");
  },
});

export const decideRequestAction = createAction({
  schema: ZDecideRequestInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await decideRequest(user, input as DecideRequestInput);
    done(input.requestId, DECIDE_EVENTS[input.outcome]);
  },
});

export const deliverRequestAction = createAction({
  schema: ZDeliverRequestInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await deliverRequest(user, { ...input, files: [input.file1, input.file2, input.file3] });
    done(input.requestId, "DELIVER");
  },
});

/** The desk records a withdrawal made in person, by post or by phone (services of the intake half). */
export const officeWithdrawAction = createAction({
  schema: ZOfficeWithdrawInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await withdrawRequest(user, input);
    done(input.requestId, "WITHDRAW");
  },
});

/** The desk records the documents the requester brought to complete the request. */
export const officeCompletionAction = createAction({
  schema: ZOfficeCompletionInput,
  permission: "request.handle",
  handler: async (input, user) => {
    await submitCompletion(user, { requestId: input.requestId, note: input.note, files: [input.file, input.file2].filter(isChosenFile) });
    done(input.requestId, "SUBMIT_COMPLETION");
  },
});
