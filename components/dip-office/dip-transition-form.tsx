"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { reviewDipEntryAction, submitDipEntryAction } from "@/lib/actions/dip-actions";

type Props = { entryId: string; event: string; label: string; noteLabel?: string };

/** One button the table offers this user; RETURN/UNPUBLISH ask for a note first. */
export function DipTransitionForm({ entryId, event, label, noteLabel }: Props) {
  const [state, action] = useActionState(event === "SUBMIT" ? submitDipEntryAction : reviewDipEntryAction, null);
  const id = `note-${event}`;
  return (
    <form action={action} className="rounded border border-slate-200 bg-white p-4">
      <FormAlert message={state && !state.ok ? state.message : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="event" value={event} />
      {noteLabel && (
        <div className="mb-3">
          <label htmlFor={id} className="block font-medium">
            {noteLabel}
            <span className="text-red-700"> *</span>
          </label>
          <textarea id={id} name="note" rows={3} required className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
        </div>
      )}
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
