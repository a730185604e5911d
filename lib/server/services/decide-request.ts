import "server-only";
import { formatPasal17 } from "@/lib/domain/pasal-17";
import type { ConsequenceTest, InformationRequest } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/server/db";
import { buildRefusalDecisionContent } from "@/lib/server/letters/content/refusal-decision";
import { buildWrittenNoticeContent } from "@/lib/server/letters/content/written-notice";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  DECIDE_EVENTS,
  normaliseDecision,
  resolveConsequenceTest,
  testMarker,
  type DecideRequestInput,
} from "@/lib/server/services/decide-request-input";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  trackingPath,
  type Setting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type { DecideRequestInput } from "@/lib/server/services/decide-request-input";

/**
 * UU 14/2008 Pasal 22(7): the PPID Utama decides — granted in full, granted in part (withheld parts
 * each with a reason), refused (Pasal 17 letter(s) and a consequence test, Pasal 2(4), 19), or not
 * held (naming the holding body when known). The written notice (or, for a refusal, the refusal
 * decision) is issued per the table's `letter`; noticeDate is the office-local today. One
 * transaction: a failure leaves no test, letter number, event or e-mail behind.
 */
export async function decideRequest(actor: StaffActor, raw: DecideRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const input = normaliseDecision(raw);
  const event = DECIDE_EVENTS[input.outcome];
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const setting = await loadSetting(tx, now);
    const check = assertRequestTransition(request, event, actor.role, now, setting.config.timeZone, {
      pasal17Letters: input.pasal17Letters,
      consequenceTestId: testMarker(input),
      withheldParts: input.withheldParts,
      holdingBody: input.holdingBody,
    });
    const needsTest = input.outcome === "REJECTED" || input.outcome === "GRANTED_PARTIAL";
    const test = needsTest ? await resolveConsequenceTest(tx, input, request.informationRequested) : null;
    const holderName = await holderOf(tx, request, setting);
    const letterKind = check.row.letter ?? "WRITTEN_NOTICE";
    const letter = await issueLetter(tx, {
      kind: letterKind,
      date: setting.today,
      officeCode: setting.office.officeCode,
      requestId: request.id,
      signedBy: setting.office.letterhead.signerName,
      content: (number) => letterContent(letterKind, number, request, input, test, holderName, setting),
    });
    const granted = input.outcome === "GRANTED_FULL" || input.outcome === "GRANTED_PARTIAL";
    const letters = input.pasal17Letters ?? [];
    await tx.informationRequest.update({
      where: { id: request.id },
      data: {
        status: check.to,
        outcome: input.outcome,
        decidedAt: now,
        noticeDate: toDbDate(setting.today),
        decisionNotes: input.notes ?? null,
        withheldParts: input.outcome === "GRANTED_PARTIAL" ? input.withheldParts : undefined,
        refusalArticle: letters.length > 0 ? formatPasal17(letters) : null,
        consequenceTestId: test?.id ?? null,
        holdingBody: input.holdingBody ?? null,
        informationForm: granted ? input.informationForm : null,
        medium: granted ? input.medium : null,
        feeAmount: granted ? (input.feeAmount ?? 0) : null,
        paymentMethod: granted ? (input.paymentMethod ?? null) : null,
        ...(check.to === "CLOSED" ? { closedAt: now } : {}),
      },
    });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event,
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: input.notes ?? null,
      data: {
        outcome: input.outcome,
        letterId: letter.id,
        letterNumber: letter.number,
        letterKind,
        pasal17Letters: letters,
        consequenceTestId: test?.id ?? null,
        consequenceTestCreated: Boolean(input.newConsequenceTest),
        deliveryTime: input.deliveryTime ?? null,
      },
    });
    return { id: request.id, number: request.number, status: check.to, outcome: input.outcome, letterId: letter.id, letterNumber: letter.number };
  });
}

/** The official/unit that holds the information: the unit it was forwarded to, else the PPID itself. */
async function holderOf(tx: Tx, request: InformationRequest, setting: Setting): Promise<string> {
  const unit = request.unitId ? await tx.unit.findUnique({ where: { id: request.unitId }, select: { name: true } }) : null;
  return unit ? `${unit.name}, ${setting.office.bodyName}` : setting.office.bodyName;
}

function letterContent(
  kind: string,
  number: string,
  request: InformationRequest,
  input: DecideRequestInput,
  test: ConsequenceTest | null,
  holderName: string,
  { office, today }: Setting,
) {
  // UU 14/2008 Pasal 35-36: the objection period runs from the day the requester receives this
  // letter, unknown at issue: the letter says "sejak surat ini diterima" (no date that may be early).
  const objectionDueDate = null;
  const frame = {
    office,
    request: { ...request, receivedDate: fromDbDate(request.receivedDate) },
    number,
    date: today,
    trackingUrl: trackingPath(request),
  };
  const consequenceTest = test
    ? { ...test, decisionDate: fromDbDate(test.decisionDate), exemptUntil: test.exemptUntil ? fromDbDate(test.exemptUntil) : null }
    : null;
  if (kind === "REFUSAL_DECISION" && consequenceTest) {
    return buildRefusalDecisionContent({
      ...frame,
      holderName,
      pasal17Letters: input.pasal17Letters ?? [],
      notes: input.notes ?? null,
      objectionDueDate,
      consequenceTest,
    });
  }
  return buildWrittenNoticeContent({
    ...frame,
    outcome: input.outcome,
    holderName,
    holdingBody: input.holdingBody ?? null,
    material: input.notes ?? request.informationRequested,
    withheldParts: input.withheldParts ?? [],
    pasal17Letters: input.pasal17Letters ?? [],
    informationForm: input.informationForm ?? null,
    medium: input.medium ?? null,
    feeAmount: input.feeAmount ?? null,
    paymentMethod: input.paymentMethod ?? null,
    deliveryTime: input.deliveryTime ?? null,
    objectionDueDate,
    consequenceTest: input.outcome === "GRANTED_PARTIAL" ? consequenceTest : null,
  });
}
