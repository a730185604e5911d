"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Select, TextArea } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitSurveyAction } from "@/lib/actions/survey-actions";
import { IKM_QUESTIONS } from "@/lib/domain/ikm";
import { PROFILE_FIELDS, SURVEY_SUGGESTION_MAX } from "@/lib/domain/survey";

type Props = {
  /** The one-time token of a closed request; absent for a walk-in visitor. */
  token?: string;
  /** Walk-in: the units the visitor may name. */
  units?: { id: string; name: string }[];
};

/** The questionnaire of Permenpan RB 14/2017 in its order; works without JavaScript. */
export function SurveyForm({ token, units }: Props) {
  const [state, formAction] = useActionState(submitSurveyAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const message = failed ? [failed.message, ...Object.values(errors).filter((e) => e !== failed.message)].join(" ") : undefined;
  return (
    <form action={formAction} className="max-w-3xl space-y-6" noValidate>
      <FormAlert message={message} />
      {token && <input type="hidden" name="token" value={token} />}
      {units && (
        <Select name="unitId" label="Unit yang melayani Anda (boleh dikosongkan)" placeholder="PPID (seluruh kantor)" options={units.map((u) => ({ value: u.id, label: u.name }))} defaultValue={values.unitId ?? ""} />
      )}
      <section aria-labelledby="survey-questions">
        <h2 id="survey-questions" className="mb-2 text-xl font-semibold text-brand-900">Pendapat Anda tentang pelayanan</h2>
        <p className="mb-4 text-sm text-slate-700">Pilih satu jawaban untuk setiap pertanyaan. Pertanyaan yang tidak ingin Anda jawab boleh dilewati.</p>
        <ol className="space-y-4">
          {IKM_QUESTIONS.map((q) => (
            <li key={q.key}>
              <fieldset className="rounded border border-slate-300 bg-white p-4" aria-describedby={errors[q.key] ? `e-${q.key}` : undefined}>
                <legend className="px-1 font-medium">{q.number}. {q.text}</legend>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  {q.answers.map((answer, i) => (
                    <label key={answer} className="flex items-center gap-2 rounded px-2 py-1 hover:bg-brand-50">
                      <input type="radio" name={q.key} value={String(i + 1)} defaultChecked={values[q.key] === String(i + 1)} className="h-4 w-4" />
                      <span>{String.fromCharCode(97 + i)}. {answer}</span>
                    </label>
                  ))}
                </div>
                {errors[q.key] && <p id={`e-${q.key}`} className="mt-1 text-sm font-medium text-red-700">{errors[q.key]}</p>}
              </fieldset>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="survey-profile">
        <h2 id="survey-profile" className="mb-2 text-xl font-semibold text-brand-900">Tentang Anda (boleh dikosongkan)</h2>
        <p className="mb-4 text-sm text-slate-700">Survei ini tanpa nama. Data ini hanya dihitung sebagai jumlah, untuk melihat siapa saja yang kami layani.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {PROFILE_FIELDS.map(({ field, label, options }) => (
            <Select key={field} name={field} label={label} placeholder="— tidak diisi —" options={Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel }))} defaultValue={values[field] ?? ""} error={errors[field]} />
          ))}
        </div>
      </section>
      <TextArea name="suggestion" label="Saran dan masukan (boleh dikosongkan)" rows={4} maxLength={SURVEY_SUGGESTION_MAX} defaultValue={values.suggestion ?? ""} error={errors.suggestion} />
      <SubmitButton pendingText="Mengirim…">Kirim survei</SubmitButton>
    </form>
  );
}
