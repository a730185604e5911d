"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZSubmitSurveyInput, ZSurveyFollowUpInput } from "@/lib/schemas/survey";
import { createAction } from "@/lib/server/action-client";
import { limitPublicForm } from "@/lib/server/rate-limit";
import { saveSurveyFollowUp } from "@/lib/server/services/save-survey-follow-up";
import { submitSurvey } from "@/lib/server/services/submit-survey";

// Entry points of the survey forms: parse, call one service, refresh the result pages.

export const submitSurveyAction = createAction({
  schema: ZSubmitSurveyInput,
  permission: null,
  handler: async (input, user) => {
    // A link's survey is one per closed request already; anonymous walk-in responses are counted per address.
    if (!user && !input.token) await limitPublicForm("isian survei");
    await submitSurvey(input);
    revalidatePath("/survei/hasil");
    revalidatePath("/kantor/survei");
    if (input.token) revalidatePath("/lacak");
    redirect("/survei/terima-kasih");
  },
});

export const saveSurveyFollowUpAction = createAction({
  schema: ZSurveyFollowUpInput,
  permission: "survey.follow_up",
  handler: async (input, user) => {
    await saveSurveyFollowUp(user, input);
    revalidatePath("/survei/hasil");
    revalidatePath("/kantor/survei");
    return { ok: true, message: "Tindak lanjut disimpan dan ditampilkan pada halaman hasil survei." };
  },
});
