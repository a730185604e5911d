"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideRequestAction } from "@/lib/actions/request-processing-actions";
import { ConsequenceTestChooser, GrantFields, Pasal17Boxes, WithheldRows, type TestOption } from "./decision-fields";
import { TextArea, TextInput } from "@/components/ui/form-field";

// One form per decision button the table offers (UU 14/2008 Pasal 22(7)): granted in full, in
// part, refused (Pasal 17 + consequence test), not held. The written notice or refusal decision
// is issued with today's date.

export type DecideOutcome = "GRANTED_FULL" | "GRANTED_PARTIAL" | "REJECTED" | "NOT_HELD";

type Props = {
  requestId: string;
  outcome: DecideOutcome;
  label: string;
  tests: TestOption[];
  defaults: { form: string; medium: string };
};

const LETTER_NOTE: Record<DecideOutcome, string> = {
  GRANTED_FULL: "Surat pemberitahuan tertulis dibuat otomatis dengan tanggal hari ini.",
  GRANTED_PARTIAL: "Surat pemberitahuan tertulis dibuat otomatis dengan tanggal hari ini.",
  REJECTED: "Surat keputusan penolakan dibuat otomatis dengan tanggal hari ini; permohonan lalu selesai.",
  NOT_HELD: "Surat pemberitahuan tertulis dibuat otomatis dengan tanggal hari ini; permohonan lalu selesai.",
};

export function DecideForm({ requestId, outcome, label, tests, defaults }: Props) {
  const [state, action] = useActionState(decideRequestAction, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values;
  const e = failed?.fieldErrors;
  const p = `decide-${outcome}`;
  const granted = outcome === "GRANTED_FULL" || outcome === "GRANTED_PARTIAL";
  return (
    <form action={action} noValidate>
      <FormAlert message={failed?.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="outcome" value={outcome} />
      <p className="mb-3 text-sm text-slate-700">{LETTER_NOTE[outcome]}</p>
      {granted && <GrantFields p={p} v={v} e={e} defaults={defaults} />}
      {outcome === "GRANTED_PARTIAL" && <WithheldRows p={p} v={v} e={e} />}
      {(outcome === "REJECTED" || outcome === "GRANTED_PARTIAL") && (
        <>
          <Pasal17Boxes p={p} v={v} e={e} required={outcome === "REJECTED"} />
          <ConsequenceTestChooser p={p} v={v} e={e} tests={tests} />
        </>
      )}
      {outcome === "NOT_HELD" && (
        <TextInput id={`${p}-holder`} name="holdingBody" label="Badan publik yang menguasai informasi" hint="Isi bila diketahui (UU 14/2008 Pasal 22 ayat (7) huruf b)." defaultValue={v?.holdingBody} error={e?.holdingBody} />
      )}
      {!granted && <TextArea rows={3} id={`${p}-notes`} name="notes" label="Penjelasan" hint="Tidak wajib; dimuat dalam surat." defaultValue={v?.notes} error={e?.notes} />}
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
