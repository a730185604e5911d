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

export function RemoveHolidayButton({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="submit"
      form={REMOVE_HOLIDAY_FORM_ID}
      name="id"
      value={id}
      className="rounded border border-red-700 bg-white px-2 py-1 text-sm text-red-800 hover:bg-red-50"
    >
      Hapus<span className="sr-only"> {label}</span>
    </button>
  );
}
