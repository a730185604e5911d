"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField, TextArea } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveReportTextsAction } from "@/lib/actions/report-actions";

export type ReportTextValues = Record<
  "servicePolicy" | "facilities" | "staffing" | "staffCount" | "budget" | "budgetAllocated" | "budgetSpent" | "obstacles" | "recommendations" | "followUp",
  string
>;

function Area({ name, label, hint, value, error }: { name: keyof ReportTextValues; label: string; hint?: string; value: string; error?: string }) {
  return <TextArea name={name} label={label} hint={hint} error={error} rows={4} defaultValue={value} />;
}

/** The PPID Utama's texts of the period's report (Perki 1/2021); kept per period. */
export function ReportTextsForm({ periodKey, periodLabel, values }: { periodKey: string; periodLabel: string; values: ReportTextValues }) {
  const [state, action] = useActionState(saveReportTextsAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  const v = (state && !state.ok && state.values ? (state.values as Partial<ReportTextValues>) : {}) as Partial<ReportTextValues>;
  const value = (k: keyof ReportTextValues) => v[k] ?? values[k];
  return (
    <form
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      noValidate
      className="max-w-3xl rounded border border-slate-200 bg-white p-4"
      aria-labelledby="uraian-laporan"
    >
      <h2 id="uraian-laporan" className="mb-2 text-xl font-semibold">Uraian laporan {periodLabel}</h2>
      <p className="mb-4 text-sm text-slate-700">Diisi oleh PPID Utama dan disimpan untuk periode ini. Angka permohonan, keberatan, dan sengketa dihitung otomatis dari register.</p>
      <FormAlert message={state && !state.ok ? state.message : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <input type="hidden" name="periodKey" value={periodKey} />
      <Area name="servicePolicy" label="Gambaran umum kebijakan pelayanan informasi publik" value={value("servicePolicy")} error={e?.servicePolicy} />
      <Area name="facilities" label="Sarana dan prasarana pelayanan" value={value("facilities")} error={e?.facilities} />
      <Area name="staffing" label="Sumber daya manusia dan kualifikasinya" value={value("staffing")} error={e?.staffing} />
      <FormField name="staffCount" label="Jumlah petugas layanan informasi" defaultValue={value("staffCount")} error={e?.staffCount} />
      <Area name="budget" label="Anggaran pelayanan informasi dan penggunaannya" value={value("budget")} error={e?.budget} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField name="budgetAllocated" label="Anggaran (rupiah)" hint="Bilangan bulat, mis. 150.000.000" defaultValue={value("budgetAllocated")} error={e?.budgetAllocated} />
        <FormField name="budgetSpent" label="Realisasi anggaran (rupiah)" defaultValue={value("budgetSpent")} error={e?.budgetSpent} />
      </div>
      <Area name="obstacles" label="Kendala dalam pelaksanaan layanan" value={value("obstacles")} error={e?.obstacles} />
      <Area name="recommendations" label="Rekomendasi" value={value("recommendations")} error={e?.recommendations} />
      <Area name="followUp" label="Rencana tindak lanjut" value={value("followUp")} error={e?.followUp} />
      <SubmitButton pendingText="Menyimpan…">Simpan uraian</SubmitButton>
    </form>
  );
}
