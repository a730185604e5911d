"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { addHolidayAction, updateHolidayAction } from "@/lib/actions/calendar-actions";
import { ActionFeedback } from "./action-feedback";
import { HolidayFields } from "./holiday-fields";

type Existing = { id: string; date: string; name: string; kind: string; source: string | null; provisional: boolean };

/** Adds a holiday, or (with `holiday`) edits one; works without JavaScript. */
export function HolidayForm({ holiday }: { holiday?: Existing }) {
  const [state, action] = useActionState(holiday ? updateHolidayAction : addHolidayAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values;
  const defaults = values
    ? { ...values, provisional: values.provisional === "on" }
    : holiday
      ? { date: holiday.date, name: holiday.name, kind: holiday.kind, source: holiday.source ?? "", provisional: holiday.provisional }
      : {};
  // React resets the form after each submission to these defaults: the entered values after an
  // error, the saved row (or an empty form) after a success.
  return (
    <form action={action} noValidate className="max-w-xl">
      {holiday && <input type="hidden" name="id" value={holiday.id} />}
      <HolidayFields idPrefix={holiday ? `edit-${holiday.id}` : "add"} defaults={defaults} errors={failed?.fieldErrors} />
      <SubmitButton>{holiday ? "Simpan perubahan" : "Tambah hari libur"}</SubmitButton>
      <ActionFeedback state={state} />
    </form>
  );
}
