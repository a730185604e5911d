"use client";

import { ActionForm } from "@/components/objections/action-form";
import { saveSurveyFollowUpAction } from "@/lib/actions/survey-actions";

/** The PPID Utama's follow-up text for one semester, published on /survei/hasil. */
export function SurveyFollowUpForm({ year, half, text }: { year: number; half: 1 | 2; text: string | null }) {
  return (
    <ActionForm action={saveSurveyFollowUpAction} submitLabel="Simpan tindak lanjut" hidden={{ year: String(year), half: String(half) }}>
      <label htmlFor="f-followup" className="block font-medium">Tindak lanjut atas hasil survei (diumumkan kepada publik)</label>
      <textarea id="f-followup" name="text" rows={5} required minLength={10} maxLength={4000} defaultValue={text ?? ""} className="mb-3 mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
    </ActionForm>
  );
}
