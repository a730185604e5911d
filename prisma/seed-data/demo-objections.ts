import { formatNumber } from "../../lib/domain/numbering";
import type { OfficeSetting, PrismaClient } from "../../lib/generated/prisma/client";
import type { PlannedObjection, PlannedRequest } from "./demo-case-plan";
import { asDate, atWita, raiseSequence, wd, type DemoActors } from "./demo-dates";

// The demo objections (UU 14/2008 Pasal 35-36) and disputes (Pasal 37) of demo-case-plan.ts,
// with their case events. The objection's number is its key: an existing one is skipped.

const ANSWER_EVENT = { ACCEPTED_FULL: "ACCEPT_FULL", ACCEPTED_PARTIAL: "ACCEPT_PARTIAL", REJECTED: "REJECT", SETTLED: "SETTLE", WITHDRAWN: "WITHDRAW", INADMISSIBLE: "DECLARE_INADMISSIBLE" } as const;

type Ctx = { office: OfficeSetting; actors: DemoActors };

/** Writes one objection (and its dispute); false when it was there already. */
export async function writeDemoObjection(db: PrismaClient, o: PlannedObjection, request: PlannedRequest, requestId: string, c: Ctx): Promise<boolean> {
  const base = request.noticeDate ?? request.receivedDate;
  const received = wd(base, o.after);
  const year = Number(received.slice(0, 4));
  const existing = await db.objection.findFirst({ where: { requestId }, select: { id: true } });
  if (existing) return false;
  const sequence = (await db.objection.count({ where: { year } })) + 1;
  const answered = o.outcome !== null && o.outcome !== "WITHDRAWN" && o.outcome !== "SETTLED";
  const answerDay = wd(received, o.answerDays);
  const closedByAnswer = o.outcome === "SETTLED" || o.outcome === "WITHDRAWN";
  const escalated = Boolean(o.dispute);
  const status = o.outcome === null ? "RECEIVED" : "CLOSED";
  const objection = await db.objection.create({
    data: {
      number: formatNumber("OBJECTION", sequence, year, c.office.officeCode),
      year,
      sequence,
      requestId,
      channel: request.channel === "ONLINE" ? "ONLINE" : "WALK_IN",
      submittedAt: atWita(received, "10:15"),
      receivedDate: asDate(received),
      grounds: o.grounds,
      casePosition: "Pemohon berpendapat informasi yang diminta seharusnya dapat diberikan (demo).",
      purpose: "Agar Atasan PPID memerintahkan pemberian informasi.",
      status,
      outcome: o.outcome,
      dueDate: asDate(wd(received, 30)),
      answeredAt: o.outcome ? atWita(answerDay, "15:00") : null,
      answerDate: answered ? asDate(answerDay) : null,
      answerReasons: o.outcome ? "Pertimbangan Atasan PPID atas keberatan (demo)." : null,
      atasanName: answered ? "Fransiskus Tali (Demo)" : null,
      atasanPosition: answered ? "Sekretaris Daerah Kota Kupang (Atasan PPID)" : null,
      requesterResponse: answered ? (escalated ? "ESCALATED" : "ACCEPTED") : null,
      respondedAt: answered ? atWita(wd(answerDay, 3), "09:00") : null,
      disputeDueDate: answered ? asDate(wd(answerDay, 14)) : null,
    },
  });
  const ev = (event: string, actorId: string | null, actorRole: string, from: string | null, to: string, at: Date, note?: string) =>
    db.caseEvent.create({ data: { caseKind: "OBJECTION", objectionId: objection.id, requestId, event, actorId, actorRole, fromStatus: from, toStatus: to, at, note: note ?? null, data: { demo: true } } });
  await ev("FILE", c.actors.desk, "DESK_OFFICER", null, "RECEIVED", atWita(received, "10:15"));
  if (o.outcome) {
    const actor = o.outcome === "WITHDRAWN" ? c.actors.desk : c.actors.atasan;
    const role = o.outcome === "WITHDRAWN" ? "DESK_OFFICER" : "ATASAN_PPID";
    await ev(ANSWER_EVENT[o.outcome], actor, role, "RECEIVED", closedByAnswer ? "CLOSED" : "ANSWERED", atWita(answerDay, "15:00"));
  }
  if (answered) {
    await ev(escalated ? "REQUESTER_ESCALATE" : "REQUESTER_ACCEPT", c.actors.desk, "DESK_OFFICER", "ANSWERED", "CLOSED", atWita(wd(answerDay, 3), "09:00"));
  }
  if (o.outcome === "ACCEPTED_FULL" || o.outcome === "ACCEPTED_PARTIAL") {
    // UU 14/2008 Pasal 36: the order, carried out (the demo keeps the request's first decision).
    await db.followUpTask.create({
      data: { requestId, objectionId: objection.id, description: "Memberikan informasi sesuai tanggapan Atasan PPID.", dueDate: asDate(wd(answerDay, 10)), doneAt: atWita(wd(answerDay, 5), "11:00"), doneNote: "Informasi telah diberikan (demo)." },
    });
  }
  if (o.dispute) await writeDispute(db, o, objection.id, requestId, wd(answerDay, 6), c);
  await raiseSequence(db, "OBJECTION", [{ year, sequence }]);
  return true;
}

const RULE_EVENT = { GRANTED: "RULE_GRANTED", GRANTED_PARTIAL: "RULE_GRANTED_PARTIAL", REJECTED: "RULE_REJECTED" } as const;

async function writeDispute(db: PrismaClient, o: PlannedObjection, objectionId: string, requestId: string, filedOn: string, c: Ctx) {
  const d = o.dispute!;
  const year = filedOn.slice(0, 4);
  const mediation = wd(filedOn, 15);
  const adjudication = wd(filedOn, 30);
  const ruling = wd(filedOn, 45);
  const ruled = d.outcome === "GRANTED" || d.outcome === "GRANTED_PARTIAL" || d.outcome === "REJECTED";
  const dispute = await db.dispute.create({
    data: {
      objectionId,
      filedOn: asDate(filedOn),
      commission: c.office.komisiInformasi,
      registerNumber: `${String(await db.dispute.count() + 1).padStart(3, "0")}/REG-PSI/${year} (Demo)`,
      mediationDates: d.status === "FILED" ? [] : [asDate(mediation)],
      adjudicationDates: ruled || d.status === "ADJUDICATION" ? [asDate(adjudication)] : [],
      status: d.status,
      outcome: d.outcome,
      rulingText: ruled ? "Putusan Komisi Informasi (demo)." : d.outcome === "MEDIATION_AGREEMENT" ? "Kesepakatan mediasi (demo)." : null,
      rulingDate: ruled ? asDate(ruling) : d.outcome === "MEDIATION_AGREEMENT" ? asDate(mediation) : null,
      complianceNote: d.status === "CLOSED" ? "Kesepakatan dilaksanakan (demo)." : null,
      compliedAt: d.status === "CLOSED" ? atWita(wd(mediation, 5), "10:00") : null,
    },
  });
  const steps: { event: string; from: string | null; to: string; on: string }[] = [{ event: "FILE", from: null, to: "FILED", on: filedOn }];
  if (d.status !== "FILED") steps.push({ event: "START_MEDIATION", from: "FILED", to: "MEDIATION", on: mediation });
  if (d.outcome === "MEDIATION_AGREEMENT") steps.push({ event: "RECORD_MEDIATION_AGREEMENT", from: "MEDIATION", to: "RULED", on: mediation });
  if (ruled || d.status === "ADJUDICATION") steps.push({ event: "START_ADJUDICATION", from: "MEDIATION", to: "ADJUDICATION", on: adjudication });
  if (ruled) steps.push({ event: RULE_EVENT[d.outcome as keyof typeof RULE_EVENT], from: "ADJUDICATION", to: "RULED", on: ruling });
  if (d.status === "CLOSED") steps.push({ event: "RECORD_COMPLIANCE", from: "RULED", to: "CLOSED", on: wd(mediation, 5) });
  for (const s of steps) {
    await db.caseEvent.create({
      data: { caseKind: "DISPUTE", disputeId: dispute.id, objectionId, requestId, event: s.event, actorId: c.actors.desk, actorRole: "DESK_OFFICER", fromStatus: s.from, toStatus: s.to, at: atWita(s.on, "13:00"), data: { demo: true } },
    });
  }
}

