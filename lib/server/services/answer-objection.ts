import "server-only";
import { computeDisputeFilingDeadline } from "@/lib/domain/calendar";
import { ATASAN_ORDER_RULE, followUpDueDate } from "@/lib/domain/follow-up";
import { formatDateId } from "@/lib/domain/format-date";
import { GROUND_LETTERS, SETTLEABLE_GROUNDS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import {
  OBJECTION_EVENTS_ORDERING_FOLLOW_UP,
  type ObjectionOutcome,
  type ObjectionStatus,
} from "@/lib/domain/objection-workflow";
import { REQUEST_WORKFLOW, type RequestStatus } from "@/lib/domain/request-workflow";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { checkTransition } from "@/lib/domain/workflow";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { buildAtasanAnswer } from "@/lib/server/letters/content/atasan-answer";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { requestContextAt } from "@/lib/domain/request-facts";
import {
  assertObjectionTransition,
  loadObjectionForChange,
  lockRequest,
  objectionContext,
  officeInTx,
  todayIn,
  type CaseUser,
} from "@/lib/server/services/objection-common";
import { trackingPath } from "@/lib/server/services/request-processing-common";
import { openExemptInformation } from "@/lib/server/services/open-exempt-information";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export const ANSWER_DECISIONS = ["ACCEPT_FULL", "ACCEPT_PARTIAL", "REJECT", "SETTLE", "SETTLE_IN_PART", "DECLARE_INADMISSIBLE"] as const;
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

export type AnswerObjectionInput = {
  objectionId: string;
  decision: AnswerDecision;
  /** Reasons (required to reject, and for a partial acceptance). */
  reason?: string;
  /** The agreement reached by musyawarah (SETTLE). */
  note?: string;
  /** Working days the PPID is given to carry out an acceptance. */
  orderPeriodDays?: number;
  /** What the PPID must give (defaults to the information requested). */
  orderDescription?: string;
};

type Loaded = Awaited<ReturnType<typeof loadObjectionForChange>>;
type Config = Awaited<ReturnType<typeof loadCalendarConfig>>;

/**
 * The Atasan PPID's written answer, UU 14/2008 Pasal 36(2)-(3): accept in full or in part (an
 * order to the PPID with a period: a FollowUpTask, and FOLLOW_UP_ORDER on the request through the
 * request table), reject with reasons, declare it inadmissible with reasons (filed outside the
 * window of Pasal 36(1): the Atasan's call, not the software's), or record a settlement by
 * agreement (Pasal 35(2), b–g; beside ground (a) in part, the objection staying open for (a)).
 */
export async function answerObjection(actor: CaseUser, input: AnswerObjectionInput, now: Date = new Date()) {
  assertPermission(actor, "objection.decide");
  return db().$transaction(async (tx) => {
    const objection = await loadObjectionForChange(tx, actor, input.objectionId);
    const config = await loadCalendarConfig(tx);
    const today = todayIn(config, now);
    const from = objection.status as ObjectionStatus;
    const reason = input.reason?.trim() || undefined;
    const note = input.note?.trim() || undefined;
    const ctx = objectionContext(objection, config, today, { reason, note, orderPeriodDays: input.orderPeriodDays });
    const check = assertObjectionTransition(from, input.decision, actor.role, ctx);
    if (input.decision === "SETTLE_IN_PART") return settleInPart(tx, actor, objection, { from, note: note!, now });
    const outcome = check.outcome as ObjectionOutcome;
    const atasan = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, position: true } });
    const atasanPosition = atasan.position?.trim() || "Atasan PPID";
    const settled = input.decision === "SETTLE";
    // UU 14/2008 Pasal 37(2): 14 working days after the answer is received (given the same day).
    const disputeDue = settled
      ? null
      : computeDisputeFilingDeadline({ answerReceivedDate: today, objectionResponseDueDate: fromDbDate(objection.dueDate!) }, config).dueDate;

    const order = OBJECTION_EVENTS_ORDERING_FOLLOW_UP.includes(input.decision)
      ? await orderFollowUp(tx, actor, objection, config, today, now, input)
      : null;

    await tx.objection.update({
      where: { id: objection.id },
      data: {
        status: check.to,
        outcome,
        answeredAt: now,
        answerDate: toDbDate(today),
        answerReasons: settled ? (note ?? null) : (reason ?? null),
        orderPeriodDays: order ? input.orderPeriodDays : null,
        atasanName: atasan.name,
        atasanPosition,
        disputeDueDate: disputeDue ? toDbDate(disputeDue) : null,
      },
    });
    // UU 14/2008 Pasal 11(2): the Atasan ordering a refused (ground a) information given in full
    // opens it: its exempt DIP entries leave the exempt list, logged on each.
    if (input.decision === "ACCEPT_FULL" && objection.grounds.includes("REFUSED_PASAL_17")) {
      await openExemptInformation(tx, {
        consequenceTestId: objection.request.consequenceTestId,
        actorId: actor.id,
        decision: `Tanggapan Atasan PPID atas keberatan ${objection.number} tanggal ${formatDateId(today)}`,
        now,
      });
    }
    const letter =
      check.row.letter === "ATASAN_ANSWER" && disputeDue
        ? await issueAnswerLetter(tx, objection, {
            today,
            outcome: outcome as "ACCEPTED_FULL" | "ACCEPTED_PARTIAL" | "REJECTED" | "INADMISSIBLE",
            reasons: reason ?? "Keberatan beralasan dan dapat diterima.",
            order,
            disputeDue,
            atasan: { name: atasan.name, position: atasanPosition },
            officialYears: config.officialYears,
          })
        : null;
    await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
      event: input.decision,
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note: settled ? (note ?? null) : (reason ?? null),
      data: { answerDate: today, disputeDueDate: disputeDue, letterNumber: letter?.number ?? null, order: order ? { ...order } : null },
      at: now,
    });
    return { number: objection.number, status: check.to, outcome, letterId: letter?.id ?? null, disputeDueDate: disputeDue, task: order };
  });
}

type Order = { taskId: string; description: string; periodDays: number; dueDate: string };

// UU 14/2008 Pasal 36: the order to the PPID, carried on the request through its own table.
async function orderFollowUp(tx: Tx, actor: CaseUser, objection: Loaded, config: Config, today: string, now: Date, input: AnswerObjectionInput): Promise<Order> {
  const request = objection.request;
  await lockRequest(tx, request.id);
  const reqFrom = request.status as RequestStatus;
  const reqCheck = checkTransition(REQUEST_WORKFLOW, reqFrom, "FOLLOW_UP_ORDER", SYSTEM_ACTOR, requestContextAt(
    {
      outcome: request.outcome,
      extendedAt: request.extendedAt,
      dueDate: request.dueDate ? fromDbDate(request.dueDate) : null,
      completionDueDate: request.completionDueDate ? fromDbDate(request.completionDueDate) : null,
    },
    now,
    config.timeZone,
  ));
  if (!reqCheck.ok) throw new UserError("INVALID_STATE", `Perintah kepada PPID tidak dapat dicatat pada permohonan ${request.number}: ${reqCheck.reason}`);
  const periodDays = input.orderPeriodDays!;
  const dueDate = followUpDueDate(today, periodDays, config);
  const description = input.orderDescription?.trim() || `Memberikan informasi yang diminta: ${request.informationRequested}`;
  const task = await tx.followUpTask.create({
    data: { requestId: request.id, objectionId: objection.id, description, dueDate: toDbDate(dueDate) },
  });
  await tx.informationRequest.update({
    where: { id: request.id },
    // The order's period becomes the request's running deadline (recomputed with the calendar).
    data: {
      status: reqCheck.to,
      dueDate: toDbDate(dueDate),
      dueRule: ATASAN_ORDER_RULE,
      ...("outcome" in reqCheck ? { outcome: reqCheck.outcome ?? null } : {}),
    },
  });
  await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
    event: "FOLLOW_UP_ORDER",
    actor: { id: actor.id, role: SYSTEM_ACTOR },
    fromStatus: reqFrom,
    toStatus: reqCheck.to,
    note: `Atas perintah Atasan PPID (keberatan ${objection.number}): ${description} — paling lambat ${formatDateId(dueDate)}.`,
    data: { objectionId: objection.id, objectionNumber: objection.number, taskId: task.id, dueDate, periodDays },
    at: now,
  });
  return { taskId: task.id, description, periodDays, dueDate };
}

async function issueAnswerLetter(
  tx: Tx,
  objection: Loaded,
  a: { today: string; outcome: "ACCEPTED_FULL" | "ACCEPTED_PARTIAL" | "REJECTED" | "INADMISSIBLE"; reasons: string; order: Order | null; disputeDue: string; atasan: { name: string; position: string }; officialYears: readonly number[] },
) {
  const office = await officeInTx(tx);
  const r = objection.request;
  return issueLetter(tx, {
    kind: "ATASAN_ANSWER",
    date: a.today,
    officeCode: office.officeCode,
    objectionId: objection.id,
    signedBy: a.atasan.name,
    content: (number) =>
      buildAtasanAnswer(
        {
          office,
          date: a.today,
          outcome: a.outcome,
          reasons: a.reasons,
          consulted: objection.consultationNote !== null,
          order: a.order,
          // UU 14/2008 Pasal 37(2) counts from receipt, unknown at issue: "sejak diterima".
          disputeDueDate: null,
          atasan: a.atasan,
          objection: { number: objection.number, receivedDate: fromDbDate(objection.receivedDate), grounds: objection.grounds as ObjectionGround[], proxyName: objection.proxyName },
          request: { number: r.number, informationRequested: r.informationRequested, requesterName: r.requesterName, address: r.address },
          trackingUrl: trackingPath(r),
          officialYears: a.officialYears,
        },
        number,
      ),
  });
}

// UU 14/2008 Pasal 35(2): grounds b–g settled by agreement; ground (a) still awaits the answer.
async function settleInPart(tx: Tx, actor: CaseUser, objection: Loaded, a: { from: ObjectionStatus; note: string; now: Date }) {
  const settled = (objection.grounds as ObjectionGround[]).filter((g) => SETTLEABLE_GROUNDS.includes(g));
  await tx.objection.update({ where: { id: objection.id }, data: { settledGrounds: settled } });
  await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
    event: "SETTLE_IN_PART",
    actor: { id: actor.id, role: actor.role },
    fromStatus: a.from,
    toStatus: a.from,
    note: `Alasan huruf ${settled.map((g) => GROUND_LETTERS[g]).join(", ")}: ${a.note}`,
    data: { settledGrounds: settled },
    at: a.now,
  });
  return { number: objection.number, status: a.from, outcome: null, letterId: null, disputeDueDate: null, task: null };
}
