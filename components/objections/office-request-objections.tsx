import Link from "next/link";
import { DoneMessage } from "@/components/objections/done-message";
import { FollowUpTasks } from "@/components/objections/follow-up-tasks";
import { ObjectLink } from "@/components/objections/object-link";
import { formatDateId } from "@/lib/domain/format-date";
import { OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import type { ObjectionOutcome } from "@/lib/domain/objection-workflow";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { OfficeRequestObjectionsView } from "@/lib/view-types/objections";

/**
 * For the request's case page (/kantor/permohonan/[id]): its objections with links, the Atasan's
 * orders to the PPID with the "carried out" form, and, for the desk, "Catat keberatan". The page
 * has already checked the case scope and loads `view` with loadOfficeRequestObjections; `done`:
 * the page's ?selesai=, so "order carried out" is confirmed here.
 */
export function OfficeRequestObjections({ view, requestNumber, role, done }: { view: OfficeRequestObjectionsView; requestNumber: string; role: Role; done?: string }) {
  const { objections, tasks, timeZone } = view;
  return (
    <section aria-labelledby="keberatan-permohonan" className="mt-8">
      <h2 id="keberatan-permohonan" className="mb-3 text-xl font-semibold">Keberatan</h2>
      {done?.startsWith("TASK_DONE") && <DoneMessage done={done} />}
      {objections.length === 0 ? <p className="mb-3">Belum ada keberatan atas permohonan ini.</p> : (
        <ul className="mb-3 space-y-1">
          {objections.map((o) => (
            <li key={o.id}>
              <Link href={`/kantor/keberatan/${o.id}`} className="font-mono text-brand-700 underline">{o.number}</Link>{" "}
              {OBJECTION_STATUS_LABELS[o.status]}
              {o.outcome ? ` — ${OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome]}` : ""}
              {o.dueDate && (o.status === "RECEIVED" || o.status === "UNDER_REVIEW") ? ` · batas tanggapan ${formatDateId(o.dueDate)}` : ""}
            </li>
          ))}
        </ul>
      )}
      {can(role, "objection.file_on_behalf") && <ObjectLink requestNumber={requestNumber} onBehalf />}
      {tasks.length > 0 && (
        <>
          <h3 className="mb-2 mt-4 font-semibold">Perintah Atasan PPID</h3>
          <FollowUpTasks tasks={tasks} timeZone={timeZone} canComplete={can(role, "request.handle")} onRequestPage />
        </>
      )}
    </section>
  );
}
