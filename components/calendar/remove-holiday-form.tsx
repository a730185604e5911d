"use client";

import { useActionState } from "react";
import { removeHolidayAction } from "@/lib/actions/calendar-actions";
import { ActionFeedback } from "./action-feedback";

export const REMOVE_HOLIDAY_FORM_ID = "hapus-hari-libur";

/**
 * The one removal form of the page; each row's "Hapus" button submits it with its own id
 * (`form` attribute), so the answer stays visible after the row is gone. Works without JavaScript.
 */
export function RemoveHolidayForm() {
  const [state, action] = useActionState(removeHolidayAction, null);
  return (
    <form action={action} id={REMOVE_HOLIDAY_FORM_ID} aria-label="Hapus hari libur">
      <ActionFeedback state={state} />
    </form>
  );
}

/**
 * Removing a holiday moves the open deadlines that counted it, so it asks first: the "Hapus"
 * disclosure opens a confirmation with the consequence (works without JavaScript).
 */
export function RemoveHolidayButton({ id, label }: { id: string; label: string }) {
  return (
    <details className="inline-block">
      <summary className="cursor-pointer rounded border border-red-700 bg-white px-2 py-1 text-sm text-red-800 hover:bg-red-50">
        Hapus<span className="sr-only"> {label}</span>
      </summary>
      <div role="group" aria-label={`Konfirmasi hapus ${label}`} className="mt-2 max-w-xs rounded border border-red-700 bg-red-50 p-2 text-sm">
        <p>Hapus {label}? Tanggal itu menjadi hari kerja, dan batas waktu perkara yang masih berjalan dihitung ulang.</p>
        <button
          type="submit"
          form={REMOVE_HOLIDAY_FORM_ID}
          name="id"
          value={id}
          className="mt-2 rounded bg-red-800 px-2 py-1 font-semibold text-white hover:bg-red-900"
        >
          Ya, hapus<span className="sr-only"> {label}</span>
        </button>
      </div>
    </details>
  );
}
