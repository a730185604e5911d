"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { officeLocalToInstant } from "@/lib/domain/calendar";
import { numberToSlug } from "@/lib/domain/request-intake";
import {
  ZAnswerObjectionInput,
  ZCompleteTaskInput,
  ZConsultTimInput,
  ZDeskObjectionForm,
  ZFileObjectionForm,
  ZRespondInput,
  ZWithdrawObjectionInput,
} from "@/lib/schemas/objection";
import { createAction } from "@/lib/server/action-client";
import { db } from "@/lib/server/db";
import { getOffice } from "@/lib/server/queries/office";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { completeFollowUpTask } from "@/lib/server/services/complete-follow-up-task";
import { consultTim } from "@/lib/server/services/consult-tim";
import { fileObjection } from "@/lib/server/services/file-objection";
import { respondToObjectionAnswer } from "@/lib/server/services/respond-to-objection-answer";
import { withdrawObjection } from "@/lib/server/services/withdraw-objection";

// Entry points of the objection forms: parse, call one service, refresh the pages that show it.
// Which step this user may take is decided by the objection table inside each service.

async function refresh(objectionId: string) {
  const o = await db().objection.findUnique({ where: { id: objectionId }, select: { number: true, request: { select: { id: true, number: true } } } });
  if (o) revalidatePath(`/akun/keberatan/${numberToSlug(o.number)}`);
  revalidatePath("/kantor/keberatan");
  revalidatePath(`/kantor/keberatan/${objectionId}`);
  if (!o) return null;
  revalidatePath(`/kantor/permohonan/${o.request.id}`);
  revalidatePath(`/akun/permohonan/${numberToSlug(o.request.number)}`);
  return o;
}

/** Back to the page the step was taken on, which says what was done (?selesai=). */
async function backToOffice(objectionId: string, done: string): Promise<never> {
  await refresh(objectionId);
  redirect(`/kantor/keberatan/${objectionId}?selesai=${done}`);
}

async function backToAccount(objectionId: string, done: string): Promise<never> {
  const o = await refresh(objectionId);
  redirect(o ? `/akun/keberatan/${numberToSlug(o.number)}?selesai=${done}` : "/akun/keberatan");
}

export const fileObjectionAction = createAction({
  schema: ZFileObjectionForm,
  permission: "objection.file_own",
  handler: async (input, user) => {
    const filed = await fileObjection(user, {
      requestNumber: input.permohonan,
      grounds: input.grounds,
      casePosition: input.casePosition,
      purpose: input.purpose,
      proxyName: input.proxyName,
      proxyAddress: input.proxyAddress,
      powerOfAttorney: input.powerOfAttorney,
    });
    await refresh(filed.id);
    redirect(`/akun/keberatan/${numberToSlug(filed.number)}?baru=1`);
  },
});

export const deskObjectionAction = createAction({
  schema: ZDeskObjectionForm,
  permission: "objection.file_on_behalf",
  handler: async (input, user) => {
    const office = await getOffice();
    const [hours, minutes] = input.receivedTime.split(":").map(Number) as [number, number];
    const filed = await fileObjection(user, {
      requestNumber: input.permohonan,
      grounds: input.grounds,
      casePosition: input.casePosition,
      purpose: input.purpose,
      proxyName: input.proxyName,
      proxyAddress: input.proxyAddress,
      powerOfAttorney: input.powerOfAttorney,
      channel: input.channel,
      receivedAt: officeLocalToInstant(input.receivedDate, office.timeZone, { hours, minutes }),
    });
    await refresh(filed.id);
    redirect(`/kantor/keberatan/${filed.id}?baru=1`);
  },
});

export const consultTimAction = createAction({
  schema: ZConsultTimInput,
  permission: "objection.decide",
  handler: async (input, user) => {
    await consultTim(user, input);
    await backToOffice(input.objectionId, "CONSULT_TIM");
  },
});

export const answerObjectionAction = createAction({
  schema: ZAnswerObjectionInput,
  permission: "objection.decide",
  handler: async (input, user) => {
    const result = await answerObjection(user, input);
    await backToOffice(input.objectionId, result.letterId ? "ANSWERED" : "SETTLE");
  },
});

export const respondOwnAction = createAction({
  schema: ZRespondInput,
  permission: "objection.file_own",
  handler: async (input, user) => {
    await respondToObjectionAnswer(user, input);
    await backToAccount(input.objectionId, input.response);
  },
});

export const respondOnBehalfAction = createAction({
  schema: ZRespondInput,
  permission: "objection.file_on_behalf",
  handler: async (input, user) => {
    await respondToObjectionAnswer(user, input);
    await backToOffice(input.objectionId, input.response);
  },
});

export const withdrawOwnAction = createAction({
  schema: ZWithdrawObjectionInput,
  permission: "objection.file_own",
  handler: async (input, user) => {
    await withdrawObjection(user, input);
    await backToAccount(input.objectionId, "WITHDRAW");
  },
});

export const withdrawOnBehalfAction = createAction({
  schema: ZWithdrawObjectionInput,
  permission: "objection.file_on_behalf",
  handler: async (input, user) => {
    await withdrawObjection(user, input);
    await backToOffice(input.objectionId, "WITHDRAW");
  },
});

export const completeTaskAction = createAction({
  schema: ZCompleteTaskInput,
  permission: "request.handle",
  handler: async (input, user) => {
    const task = await db().followUpTask.findUnique({ where: { id: input.taskId }, select: { objectionId: true, requestId: true } });
    const result = await completeFollowUpTask(user, input);
    const done = result.late ? "TASK_DONE_LATE" : "TASK_DONE";
    if (!task) return { ok: true };
    await refresh(task.objectionId);
    // Mounted on the request's case page too: return to the page the form was sent from.
    redirect(input.returnTo === "request" ? `/kantor/permohonan/${task.requestId}?selesai=${done}` : `/kantor/keberatan/${task.objectionId}?selesai=${done}`);
  },
});
