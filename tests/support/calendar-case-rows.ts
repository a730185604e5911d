// Open cases written straight into the database for the calendar tests, each with the deadlines
// the current calendar gives it (computed with lib/domain, as the workflow services store them).
import { addWorkingDays, computeDeadline, computeDisputeFilingDeadline } from "@/lib/domain/calendar";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";

export const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
export const ymd = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
export const wita = (local: string) => new Date(`${local}:00+08:00`); // the demo office is in Kupang (WITA)

let seq = 100;
let t: { client: PrismaClient };

/** Rows go through this client (the test's database). */
export function useCaseRowsClient(client: PrismaClient) {
  t = { client };
}

export async function createRequest(submittedAt: Date, over: { status?: "CLOSED" | "AWAITING_COMPLETION"; extendedAt?: Date; completionRequestedOn?: string } = {}) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const response = computeDeadline("REQUEST_RESPONSE", submittedAt, config);
  const due = over.extendedAt ? computeDeadline("REQUEST_EXTENSION", response.dueDate, config).dueDate : response.dueDate;
  const completion = over.completionRequestedOn ? computeDeadline("REQUIREMENTS_COMPLETION", over.completionRequestedOn, config).dueDate : null;
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/2026`, year: 2026, sequence: seq, accessCode: "ABCD2345", channel: "WALK_IN",
      submittedAt, receivedDate: day(response.receivedDate!), requesterType: "INDIVIDUAL", requesterName: "Uji Coba",
      address: "Kupang", phone: "081234567890", informationRequested: "Dokumen uji", purpose: "Pengujian",
      obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", dueDate: day(due), dueRule: "REQUEST_RESPONSE",
      status: over.status ?? "IN_PROCESS", outcome: over.status === "CLOSED" ? "GRANTED_FULL" : null,
      extendedAt: over.extendedAt ?? null,
      completionRequestedOn: over.completionRequestedOn ? day(over.completionRequestedOn) : null,
      completionDueDate: completion ? day(completion) : null,
    },
  });
}

export async function createAnsweredObjectionWithTask(requestId: string, answerDate: string, orderPeriodDays: number) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const submittedAt = wita("2026-04-13T09:00");
  const due = computeDeadline("OBJECTION_RESPONSE", submittedAt, config).dueDate;
  const dispute = computeDisputeFilingDeadline({ answerReceivedDate: answerDate, objectionResponseDueDate: due }, config).dueDate;
  const objection = await t.client.objection.create({
    data: {
      number: `${seq}/KBR/PPID-KPG/2026`, year: 2026, sequence: seq, requestId, channel: "ONLINE", submittedAt,
      receivedDate: day("2026-04-13"), grounds: ["REFUSED_PASAL_17"], casePosition: "Uji", purpose: "Uji",
      status: "ANSWERED", outcome: "ACCEPTED_FULL", dueDate: day(due), answerDate: day(answerDate), orderPeriodDays,
      disputeDueDate: day(dispute),
    },
  });
  const task = await t.client.followUpTask.create({
    data: { requestId, objectionId: objection.id, description: "Berikan salinan dokumen", dueDate: day(addWorkingDays(answerDate, orderPeriodDays, config).date) },
  });
  return { objection, task };
}

export async function createPendingObjection(requestId: string, submittedAt: Date) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const due = computeDeadline("OBJECTION_RESPONSE", submittedAt, config).dueDate;
  const dispute = computeDisputeFilingDeadline({ answerReceivedDate: null, objectionResponseDueDate: due }, config).dueDate;
  return t.client.objection.create({
    data: {
      number: `${seq}/KBR/PPID-KPG/2026`, year: 2026, sequence: seq, requestId, channel: "ONLINE", submittedAt,
      receivedDate: day("2026-04-13"), grounds: ["NOT_ANSWERED"], casePosition: "Uji", purpose: "Uji",
      status: "UNDER_REVIEW", dueDate: day(due), disputeDueDate: day(dispute),
    },
  });
}

