import Link from "next/link";
import { DoneMessage } from "@/components/objections/done-message";
import { FollowUpTasks } from "@/components/objections/follow-up-tasks";
import { ObjectLink } from "@/components/objections/object-link";
import { isOverdue, workingDaysLeft } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import type { ObjectionOutcome, ObjectionStatus } from "@/lib/domain/objection-workflow";
import { can } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import type { CurrentUser } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

/**
 * For the request's case page (/kantor/permohonan/[id]): its objections with links, the Atasan's
 * orders to the PPID with the "carried out" form, and, for the desk, "Catat keberatan". The page
 * has already checked the case scope; mount as <OfficeRequestObjections requestId requestNumber user done={selesai} />
 * (`done`: the page's ?selesai=, so "order carried out" is confirmed here).
 */
export async function OfficeRequestObjections({ requestId, requestNumber, user, done }: { requestId: string; requestNumber: string; user: CurrentUser; done?: string }) {
  const [objections, tasks, config] = await Promise.all([
    db().objection.findMany({ where: { requestId }, orderBy: [{ year: "asc" }, { sequence: "asc" }], select: { id: true, number: true, status: true, outcome: true, dueDate: true } }),
    db().followUpTask.findMany({ where: { requestId }, orderBy: { createdAt: "asc" } }),
    getCalendarConfig(),
  ]);
  const now = new Date();
  const rows = tasks.map((t) => {
    const due = fromDbDate(t.dueDate);
    return { ...t, daysLeft: workingDaysLeft(now, due, config), overdue: isOverdue(now, due, config.timeZone) };
  });
  return (
    <section aria-labelledby="keberatan-permohonan" className="mt-8">
      <h2 id="keberatan-permohonan" className="mb-3 text-xl font-semibold">Keberatan</h2>
      {done?.startsWith("TASK_DONE") && <DoneMessage done={done} />}
      {objections.length === 0 ? <p className="mb-3">Belum ada keberatan atas permohonan ini.</p> : (
        <ul className="mb-3 space-y-1">
          {objections.map((o) => (
            <li key={o.id}>
              <Link href={`/kantor/keberatan/${o.id}`} className="font-mono text-brand-700 underline">{o.number}</Link>{" "}
              {OBJECTION_STATUS_LABELS[o.status as ObjectionStatus]}
              {o.outcome ? ` — ${OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome]}` : ""}
              {o.dueDate && (o.status === "RECEIVED" || o.status === "UNDER_REVIEW") ? ` · batas tanggapan ${formatDateId(fromDbDate(o.dueDate))}` : ""}
            </li>
          ))}
        </ul>
      )}
      {can(user.role, "objection.file_on_behalf") && <ObjectLink requestNumber={requestNumber} onBehalf />}
      {rows.length > 0 && (
        <>
          <h3 className="mb-2 mt-4 font-semibold">Perintah Atasan PPID</h3>
          <FollowUpTasks tasks={rows} timeZone={config.timeZone} canComplete={can(user.role, "request.handle")} onRequestPage />
        </>
      )}
    </section>
  );
}
