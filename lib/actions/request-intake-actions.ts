"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { numberToSlug } from "@/lib/domain/request-intake";
import { ZCreateRequestInput, ZRegisterRequestInput, ZSubmitCompletionInput, ZWithdrawRequestInput } from "@/lib/schemas/request";
import { createAction } from "@/lib/server/action-client";
import { limitPublicForm } from "@/lib/server/rate-limit";
import { createRequest } from "@/lib/server/services/create-request";
import { registerRequest } from "@/lib/server/services/register-request";
import { submitCompletion } from "@/lib/server/services/submit-completion";
import { withdrawRequest } from "@/lib/server/services/withdraw-request";
import { openTracking } from "@/lib/server/tracking-session";

// Filing and following a request (UU 14/2008 Pasal 22): the online form, the desk's registration,
// and the requester's own withdrawal and completion. Each parses with the shared schema and calls
// one service.

/** Public: anyone may file; a signed-in citizen's request goes to their account. */
export const createRequestAction = createAction({
  schema: ZCreateRequestInput,
  permission: null,
  handler: async (input, user) => {
    if (!user) await limitPublicForm("permohonan");
    const result = await createRequest(user ? { id: user.id, role: user.role } : null, input);
    if (user) revalidatePath("/akun");
    // The receipt page is opened by the signed tracking cookie: no access code in the address.
    await openTracking(result.id);
    redirect("/permohonan/terkirim");
  },
});

export const registerRequestAction = createAction({
  schema: ZRegisterRequestInput,
  permission: "request.register_on_behalf",
  handler: async (input, user) => {
    const result = await registerRequest(user, input);
    revalidatePath("/kantor/permohonan");
    redirect(`/kantor/permohonan/${result.id}?terdaftar=1`);
  },
});

export const withdrawMyRequestAction = createAction({
  schema: ZWithdrawRequestInput,
  permission: "request.create_own",
  handler: async (input, user) => {
    const result = await withdrawRequest(user, input);
    revalidatePath("/akun");
    redirect(`/akun/permohonan/${numberToSlug(result.number)}?ditarik=1`);
  },
});

export const submitCompletionAction = createAction({
  schema: ZSubmitCompletionInput,
  permission: "request.create_own",
  handler: async (input, user) => {
    const files = [input.file, input.file2].filter((file): file is File => file !== undefined);
    const result = await submitCompletion(user, { requestId: input.requestId, note: input.note, files });
    revalidatePath("/akun");
    redirect(`/akun/permohonan/${numberToSlug(result.number)}?dilengkapi=1`);
  },
});
