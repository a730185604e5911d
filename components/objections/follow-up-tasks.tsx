import { ActionForm } from "@/components/objections/action-form";
import { DeadlineBadge } from "@/components/objections/deadline-badge";
import { TextArea } from "@/components/ui/form-field";
import { completeTaskAction } from "@/lib/actions/objection-actions";
import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import { fromDbDate } from "@/lib/domain/db-date";
import type { TaskRow } from "@/lib/view-types/objections";

/**
 * The Atasan PPID's orders to the PPID (UU 14/2008 Pasal 36) and their deadlines. `canComplete`:
 * the PPID (request.handle in scope) reports an order carried out. Mountable on the request's
 * case page too (/kantor/permohonan/[id], with `onRequestPage`: the form returns there).
 */
export function FollowUpTasks({ tasks, timeZone, canComplete, onRequestPage = false }: { tasks: TaskRow[]; timeZone: string; canComplete: boolean; onRequestPage?: boolean }) {
  if (tasks.length === 0) return <p>Tidak ada perintah Atasan PPID.</p>;
  return (
    <ul className="space-y-3">
      {tasks.map((t) => (
        <li key={t.id} className="rounded border border-slate-200 bg-white p-4">
          <p className="font-medium">{t.description}</p>
          <p className="text-sm">
            Batas waktu: {formatDateId(fromDbDate(t.dueDate))}{" "}
            {!t.doneAt && t.daysLeft !== undefined && <DeadlineBadge daysLeft={t.daysLeft} overdue={Boolean(t.overdue)} />}
          </p>
          {t.doneAt ? (
            <p className="mt-1 text-sm">
              <span className="font-semibold">Sudah dilaksanakan</span> {formatInstantId(t.doneAt, timeZone)}: {t.doneNote}
            </p>
          ) : canComplete ? (
            <div className="mt-2">
              <ActionForm action={completeTaskAction} submitLabel="Tandai sudah dilaksanakan" hidden={{ taskId: t.id, returnTo: onRequestPage ? "request" : "objection" }} className="rounded border border-slate-200 p-3">
                <TextArea id={`task-${t.id}`} name="note" label="Bagaimana perintah dilaksanakan" required rows={2} />
              </ActionForm>
            </div>
          ) : (
            <p className="mt-1 text-sm">Belum dilaksanakan.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
