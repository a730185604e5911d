import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import {
  disputeWindowReminder,
  exemptionReviewDue,
  exemptionReviewReminder,
  isWatchDay,
  objectionDueReminder,
  REMINDER_AUDIENCE,
  overdueDigest,
  reminderStep,
  requestDueReminder,
  type OverdueItem,
  type ReminderText,
} from "@/lib/domain/deadline-watch";
import { noticeBody, type ReminderKey } from "@/lib/domain/notifications";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { trackingPath } from "@/lib/server/services/request-processing-common";
import { fromDbDate } from "@/lib/domain/db-date";

// The deadline watch, run each working morning by the job engine (lib/server/jobs/engine.ts) or
// POST /api/jobs/deadline-watch. Every reminder carries a key "<kind>:<case>:<today>:<user>", so
// however often the job runs, on however many instances, each goes out once per case and day.

export type WatchSummary = { today: string; skipped: boolean; queued: number };

const PENDING_OBJECTION = ["RECEIVED", "UNDER_REVIEW"];

type Staff = { id: string; email: string; name: string; mailOptOut: string[]; role: string; unitId: string | null };

export async function watchDeadlines(now: Date = new Date()): Promise<WatchSummary> {
  const config = await loadCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  if (!isWatchDay(today, config)) return { today, skipped: true, queued: 0 };
  const office = await db().officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { name: true, phone: true, email: true } });
  const contact = `Telepon ${office.phone} · ${office.email}`;
  const staff: Staff[] = await db().user.findMany({
    where: { disabled: false, role: { in: [...new Set(Object.values(REMINDER_AUDIENCE).flat())] } },
    select: { id: true, email: true, name: true, mailOptOut: true, role: true, unitId: true },
    orderBy: { email: "asc" },
  });
  const audience = (roles: readonly Role[], unitId?: string | null) =>
    staff.filter((s) => (roles as readonly string[]).includes(s.role) && (unitId === undefined || s.unitId === unitId));
  const { requestDeciders, unitHandlers, objectionDeciders, exemptionReviewers } = REMINDER_AUDIENCE;
  let queued = 0;
  const send = async (to: Staff[], key: ReminderKey, caseKey: string, text: ReminderText, refs: { requestId?: string; objectionId?: string }) => {
    for (const user of to) {
      if (user.mailOptOut.includes(key)) continue;
      const ok = await enqueueMail(null, {
        to: user.email,
        subject: text.subject,
        text: noticeBody(user.name, text, office.name, contact),
        category: key,
        statutory: false,
        recipientUserId: user.id,
        dedupeKey: `${key}:${caseKey}:${today}:${user.id}`,
        ...refs,
      });
      if (ok) queued += 1;
    }
  };

  const requests = await db().informationRequest.findMany({
    where: { status: { in: [...OPEN_REQUEST_STATUSES] }, dueDate: { not: null } },
    select: { id: true, number: true, dueDate: true, unitId: true, informationRequested: true },
    orderBy: { number: "asc" },
  });
  const overdue: OverdueItem[] = [];
  for (const r of requests) {
    const due = fromDbDate(r.dueDate!);
    const link = absoluteUrl(`/kantor/permohonan/${r.id}`);
    if (due < today) {
      overdue.push({ kind: "Permohonan", number: r.number, due, link });
      continue;
    }
    const left = reminderStep(today, due, config);
    if (left === null) continue;
    const text = requestDueReminder({ number: r.number, due, left, link, information: r.informationRequested });
    await send([...audience(requestDeciders), ...(r.unitId ? audience(unitHandlers, r.unitId) : [])], "REMINDER.REQUEST_DUE", r.id, text, { requestId: r.id });
  }

  const objections = await db().objection.findMany({
    where: { OR: [{ status: { in: PENDING_OBJECTION as never } }, { status: "ANSWERED" }] },
    select: { id: true, number: true, status: true, dueDate: true, disputeDueDate: true, request: true },
    orderBy: { number: "asc" },
  });
  const overdueObjections: OverdueItem[] = [];
  for (const o of objections) {
    if (o.status === "ANSWERED") {
      // The requester hears that the 14 working days for the Komisi Informasi are running out.
      if (!o.disputeDueDate || !o.request.email) continue;
      const due = fromDbDate(o.disputeDueDate);
      const left = reminderStep(today, due, config);
      if (left !== 3) continue;
      const optOut = o.request.requesterUserId
        ? ((await db().user.findUnique({ where: { id: o.request.requesterUserId }, select: { mailOptOut: true } }))?.mailOptOut ?? [])
        : [];
      if (optOut.includes("REMINDER.DISPUTE_WINDOW")) continue;
      const text = disputeWindowReminder({ number: o.number, due, left, link: absoluteUrl(trackingPath(o.request)) });
      const ok = await enqueueMail(null, {
        to: o.request.email,
        subject: text.subject,
        text: noticeBody(o.request.requesterName, text, office.name, contact),
        category: "REMINDER.DISPUTE_WINDOW",
        statutory: false,
        recipientUserId: o.request.requesterUserId,
        requestId: o.request.id,
        objectionId: o.id,
        dedupeKey: `REMINDER.DISPUTE_WINDOW:${o.id}:${today}`,
      });
      if (ok) queued += 1;
      continue;
    }
    if (!o.dueDate) continue;
    const due = fromDbDate(o.dueDate);
    const link = absoluteUrl(`/kantor/keberatan/${o.id}`);
    if (due < today) {
      overdueObjections.push({ kind: "Keberatan", number: o.number, due, link });
      continue;
    }
    const left = reminderStep(today, due, config);
    if (left !== null) await send(audience(objectionDeciders), "REMINDER.OBJECTION_DUE", o.id, objectionDueReminder({ number: o.number, due, left, link }), { objectionId: o.id });
  }

  // One digest per person and working morning: the request deciders (PPID Utama) see all, a unit
  // its own, the objection deciders (Atasan) the objections.
  const digest = async (to: Staff[], items: OverdueItem[]) => {
    if (items.length > 0) await send(to, "REMINDER.OVERDUE_DIGEST", "digest", overdueDigest(today, items), {});
  };
  await digest(audience(requestDeciders), [...overdue, ...overdueObjections]);
  await digest(audience(objectionDeciders), overdueObjections);
  for (const unitUser of audience(unitHandlers)) {
    const mine = requests.filter((r) => r.unitId === unitUser.unitId).map((r) => r.number);
    await digest([unitUser], overdue.filter((i) => mine.includes(i.number)));
  }

  const exempt = await db().dipEntry.findMany({
    where: { category: "DIKECUALIKAN", consequenceTest: { exemptUntil: { not: null } } },
    select: { id: true, number: true, title: true, consequenceTest: { select: { exemptUntil: true } } },
    orderBy: { number: "asc" },
  });
  for (const e of exempt) {
    const until = fromDbDate(e.consequenceTest!.exemptUntil!);
    if (!exemptionReviewDue(today, until, config)) continue;
    const text = exemptionReviewReminder({ number: e.number, title: e.title, until, link: absoluteUrl(`/kantor/dip/${e.id}`) });
    // Once per entry and end date (not daily): the review period lasts 30 working days.
    for (const user of audience(exemptionReviewers)) {
      if (user.mailOptOut.includes("REMINDER.EXEMPTION_REVIEW")) continue;
      const ok = await enqueueMail(null, {
        to: user.email,
        subject: text.subject,
        text: noticeBody(user.name, text, office.name, contact),
        category: "REMINDER.EXEMPTION_REVIEW",
        statutory: false,
        recipientUserId: user.id,
        dedupeKey: `REMINDER.EXEMPTION_REVIEW:${e.id}:${until}:${user.id}`,
      });
      if (ok) queued += 1;
    }
  }
  return { today, skipped: false, queued };
}
