"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField, Select, TextArea } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createConsequenceTestAction, updateConsequenceTestAction } from "@/lib/actions/consequence-test-actions";
import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-labels";
import { CONSEQUENCE_CONCLUSIONS } from "@/lib/domain/dip-workflow";
import { PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "@/lib/domain/pasal-17";

type Props = { testId?: string; defaults?: Record<string, string>; letters?: string[] };

/** UU 14/2008 Pasal 2(4), 17, 19, 20: the consequence test and the decision that sets it. */
export function ConsequenceTestForm({ testId, defaults, letters = [] }: Props) {
  const [state, action] = useActionState(testId ? updateConsequenceTestAction : createConsequenceTestAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  const v = (name: string) => failed?.values?.[name] ?? defaults?.[name] ?? "";
  const checked = (letter: string) => (failed?.values ? failed.values[`pasal17_${letter}`] !== undefined : letters.includes(letter));
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormAlert message={failed?.message} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {testId && <input type="hidden" name="testId" value={testId} />}
      <TextArea name="information" label="Informasi yang diuji" rows={2} required defaultValue={v("information")} error={e?.information} />
      <fieldset className="mb-4" aria-describedby={e?.pasal17Letters ? "f-pasal17-error" : undefined}>
        <legend className="font-medium">Dasar pengecualian: UU 14/2008 Pasal 17</legend>
        <div className="mt-2 grid gap-1">
          {PASAL_17_LETTERS.map((letter) => (
            <label key={letter} className="flex items-start gap-2">
              <input type="checkbox" name={`pasal17_${letter}`} value="on" defaultChecked={checked(letter)} className="mt-1 h-4 w-4" />
              <span>
                <span className="font-semibold">Huruf {letter}</span> — {PASAL_17_SUMMARIES[letter]}
              </span>
            </label>
          ))}
        </div>
        {e?.pasal17Letters && (
          <p id="f-pasal17-error" className="mt-1 text-sm font-medium text-red-700">
            {e.pasal17Letters}
          </p>
        )}
      </fieldset>
      <FormField name="otherLegalBasis" label="Dasar hukum lain (undang-undang)" hint="Mis. UU 27/2022 tentang Pelindungan Data Pribadi." defaultValue={v("otherLegalBasis")} error={e?.otherLegalBasis} />
      <TextArea name="consequences" label="Konsekuensi yang timbul bila informasi dibuka" required defaultValue={v("consequences")} error={e?.consequences} />
      <TextArea name="publicInterest" label="Pertimbangan kepentingan publik" hint="Mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya." required defaultValue={v("publicInterest")} error={e?.publicInterest} />
      <Select
        name="conclusion"
        label="Kesimpulan"
        required
        placeholder="Pilih kesimpulan"
        defaultValue={v("conclusion")}
        error={e?.conclusion}
        options={CONSEQUENCE_CONCLUSIONS.map((c) => ({ value: c, label: CONSEQUENCE_CONCLUSION_LABELS[c] }))}
      />
      <div className="grid gap-x-4 md:grid-cols-2">
        <FormField name="exemptionPeriod" label="Jangka waktu pengecualian" hint="Mis. sampai penetapan pemenang tender." defaultValue={v("exemptionPeriod")} error={e?.exemptionPeriod} />
        <FormField name="exemptUntil" label="Berlaku sampai tanggal" type="date" hint="Sesudah tanggal ini informasi otomatis menjadi terbuka (Pasal 20)." defaultValue={v("exemptUntil")} error={e?.exemptUntil} />
      </div>
      <TextArea name="participants" label="Peserta uji konsekuensi" rows={2} required defaultValue={v("participants")} error={e?.participants} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <FormField name="decisionNumber" label="Nomor SK penetapan" required defaultValue={v("decisionNumber")} error={e?.decisionNumber} />
        <FormField name="decisionDate" label="Tanggal SK" type="date" required defaultValue={v("decisionDate")} error={e?.decisionDate} />
      </div>
      <div className="mb-4">
        <label htmlFor="f-sheet" className="block font-medium">
          Lembar uji konsekuensi yang ditandatangani{testId ? " (tambahan)" : ""}
        </label>
        <p id="f-sheet-hint" className="text-sm text-slate-600">PDF, JPG, atau PNG; maksimal 5 MB.</p>
        <input id="f-sheet" name="sheet" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby={e?.sheet ? "f-sheet-hint f-sheet-error" : "f-sheet-hint"} className="mt-1 block" />
        {e?.sheet && <p id="f-sheet-error" className="mt-1 text-sm font-medium text-red-700">{e.sheet}</p>}
      </div>
      <SubmitButton>{testId ? "Simpan perubahan" : "Simpan uji konsekuensi"}</SubmitButton>
    </form>
  );
}
