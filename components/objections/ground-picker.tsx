"use client";

import { formatDateId } from "@/lib/domain/format-date";
import { OBJECTION_GROUND_LABELS } from "@/lib/domain/labels";
import { GROUND_LETTERS, type GroundAvailability } from "@/lib/domain/objection-grounds";
import { withProvisionalNote } from "@/lib/domain/provisional-calendar";
import { useFieldState } from "@/components/objections/action-form";
import { groundField } from "@/lib/schemas/objection";

/**
 * The grounds of UU 14/2008 Pasal 35(1) that fit the request are offered, each with the computed
 * last day to object (Pasal 36(1)) or, outside that window, a warning (the Atasan decides); the
 * others are listed with the reason they do not fit.
 */
export function GroundPicker({ availability }: { availability: readonly GroundAvailability[] }) {
  const { error } = useFieldState("grounds");
  const open = availability.filter((a) => a.available);
  const closed = availability.filter((a) => !a.available);
  return (
    <fieldset className="mb-4" aria-describedby={error ? "grounds-error" : undefined}>
      <legend className="font-medium">
        Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))<span className="text-red-700"> *</span>
      </legend>
      {open.length === 0 ? (
        <p className="mt-2 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">Saat ini tidak ada alasan keberatan yang dapat dipakai untuk permohonan ini.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {open.map((a) => (
            <li key={a.ground} className="flex gap-2">
              <GroundBox field={groundField(a.ground)} id={`g-${a.ground}`} />
              <label htmlFor={`g-${a.ground}`}>
                <span className="font-medium">{GROUND_LETTERS[a.ground]}. {OBJECTION_GROUND_LABELS[a.ground]}</span>
                {a.withinWindow === false && a.warning ? (
                  <span className="mt-1 block border-l-4 border-amber-600 bg-amber-50 px-2 py-1 text-sm text-amber-900">
                    Perhatian: {a.warning}
                  </span>
                ) : (
                  a.filingDeadline && (
                    <span className="block text-sm text-slate-700">
                      Menurut perhitungan, dapat diajukan sampai {withProvisionalNote(formatDateId(a.filingDeadline), a.filingDeadlineNote ?? null)}
                      {a.groundDate ? `, 30 hari kerja sejak ${formatDateId(a.groundDate)}` : ""}.
                    </span>
                  )
                )}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <p id="grounds-error" className="mt-2 text-sm font-medium text-red-700">{error}</p>}
      {closed.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm">Alasan lain yang belum atau tidak dapat dipakai ({closed.length})</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {closed.map((a) => (
              <li key={a.ground}>
                <span className="font-medium">{GROUND_LETTERS[a.ground]}. {OBJECTION_GROUND_LABELS[a.ground]}:</span> {a.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

/** A ground's checkbox, still ticked after a failed submit. */
function GroundBox({ field, id }: { field: string; id: string }) {
  const { value, sent } = useFieldState(field);
  return <input key={String(sent)} type="checkbox" id={id} name={field} defaultChecked={sent && value !== undefined} className="mt-1 h-4 w-4" />;
}
