import { FormAlert } from "@/components/ui/form-alert";
import type { RecomputeView } from "@/lib/view-types/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import type { ActionResult } from "@/lib/view-types/action-result";

export type CalendarActionState = ActionResult<RecomputeView> | null;
export type CalendarAction = (prev: CalendarActionState, formData: FormData) => Promise<ActionResult<RecomputeView>>;

/** The answer of a calendar action: the error, or the success and which deadlines were recomputed. */
export function ActionFeedback({ state, showFieldErrors = false }: { state: CalendarActionState; showFieldErrors?: boolean }) {
  if (!state) return null;
  if (!state.ok) {
    const fieldErrors = showFieldErrors ? Object.values(state.fieldErrors ?? {}) : [];
    return (
      <div className="mt-3">
        <FormAlert message={state.message} />
        {fieldErrors.length > 0 && (
          <ul className="-mt-2 mb-4 list-disc pl-6 text-sm font-medium text-red-700">
            {fieldErrors.map((e) => <li key={e}>{e}</li>)}
          </ul>
        )}
      </div>
    );
  }
  const data = state.data;
  return (
    <div className="mt-3">
      <FormAlert tone="success" message={state.message} />
      {data && data.changes.length > 0 && (
        <div className="-mt-2 mb-4 rounded border border-slate-200 bg-white px-4 py-3 text-sm">
          <p className="font-semibold">Batas waktu yang dihitung ulang (tercatat di riwayat setiap perkara):</p>
          <ul className="mt-1 list-disc pl-6">
            {data.changes.map((c) => (
              <li key={`${c.caseNumber}-${c.label}`}>
                {c.caseNumber} — {c.label}: {c.from ? `${formatDateId(c.from)} → ` : ""}
                <strong>{formatDateId(c.to)}</strong>
              </li>
            ))}
          </ul>
          {data.changed > data.changes.length && <p className="mt-1">… dan {data.changed - data.changes.length} batas waktu lainnya.</p>}
        </div>
      )}
    </div>
  );
}
