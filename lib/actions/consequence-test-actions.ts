"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZConsequenceTestInput, ZUpdateConsequenceTestInput } from "@/lib/schemas/consequence-test";
import { createAction } from "@/lib/server/action-client";
import { createConsequenceTest } from "@/lib/server/services/create-consequence-test";
import { updateConsequenceTest } from "@/lib/server/services/update-consequence-test";

export const createConsequenceTestAction = createAction({
  schema: ZConsequenceTestInput,
  permission: "consequence_test.manage",
  handler: async (input, user) => {
    const test = await createConsequenceTest(user, input);
    revalidatePath("/kantor/uji-konsekuensi");
    redirect(`/kantor/uji-konsekuensi/${test.id}?dibuat=1`);
  },
});

export const updateConsequenceTestAction = createAction({
  schema: ZUpdateConsequenceTestInput,
  permission: "consequence_test.manage",
  handler: async ({ testId, ...input }, user) => {
    await updateConsequenceTest(user, testId, input);
    revalidatePath("/kantor/uji-konsekuensi");
    revalidatePath(`/kantor/uji-konsekuensi/${testId}`);
    return { ok: true, message: "Uji konsekuensi disimpan." };
  },
});
