"use client";

import { ActionForm } from "@/components/objections/action-form";
import { TextArea } from "@/components/ui/form-field";
import { saveSurveyFollowUpAction } from "@/lib/actions/survey-actions";

/** The PPID Utama's follow-up text for one semester, published on /survei/hasil. */
export function SurveyFollowUpForm({ year, half, text }: { year: number; half: 1 | 2; text: string | null }) {
  return (
    <ActionForm action={saveSurveyFollowUpAction} submitLabel="Simpan tindak lanjut" hidden={{ year: String(year), half: String(half) }}>
      <TextArea id="f-followup" name="text" label="Tindak lanjut atas hasil survei (diumumkan kepada publik)" rows={5} required minLength={10} maxLength={4000} defaultValue={text ?? ""} />
    </ActionForm>
  );
}
