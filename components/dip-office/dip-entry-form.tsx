"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField, Select, TextArea } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { DIP_CATEGORIES } from "@/lib/domain/dip-workflow";
import { DIP_CATEGORY_NAMES, INFO_FORMS, INFO_FORM_LABELS } from "@/lib/domain/dip-labels";
import { createDipEntryAction, updateDipEntryAction } from "@/lib/actions/dip-actions";

type Option = { value: string; label: string };

type Props = {
  /** Present when editing. */
  entryId?: string;
  defaults?: Record<string, string>;
  /** Options for the PPID Utama; null: the unit is fixed (shown as text). */
  units: Option[] | null;
  fixedUnitName?: string;
  tests: Option[];
};

/** docs/domain.md, DIP: every field of a DIP entry; create and edit share it. */
export function DipEntryForm({ entryId, defaults, units, fixedUnitName, tests }: Props) {
  const [state, action] = useActionState(entryId ? updateDipEntryAction : createDipEntryAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  const v = (name: string) => failed?.values?.[name] ?? defaults?.[name] ?? "";
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormAlert message={failed?.message} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {entryId && <input type="hidden" name="entryId" value={entryId} />}
      <FormField name="title" label="Judul informasi" required defaultValue={v("title")} error={e?.title} />
      <TextArea name="summary" label="Ringkasan isi informasi" required defaultValue={v("summary")} error={e?.summary} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <Select
          name="category"
          label="Kategori"
          required
          placeholder="Pilih kategori"
          defaultValue={v("category")}
          error={e?.category}
          options={DIP_CATEGORIES.map((c) => ({ value: c, label: DIP_CATEGORY_NAMES[c] }))}
        />
        {units ? (
          <Select name="unitId" label="Pejabat/unit yang menguasai informasi" required placeholder="Pilih unit" defaultValue={v("unitId")} error={e?.unitId} options={units} />
        ) : (
          <div className="mb-4">
            <p className="font-medium">Pejabat/unit yang menguasai informasi</p>
            <p className="mt-1 rounded border border-slate-200 bg-slate-100 px-3 py-2">{fixedUnitName}</p>
          </div>
        )}
      </div>
      <Select
        name="consequenceTestId"
        label="Uji konsekuensi"
        hint="Wajib untuk informasi yang dikecualikan sebelum diajukan (UU 14/2008 Pasal 19). Diabaikan untuk kategori lain."
        placeholder="Tanpa uji konsekuensi"
        defaultValue={v("consequenceTestId")}
        error={e?.consequenceTestId}
        options={tests}
      />
      <FormField name="responsible" label="Penanggung jawab pembuatan informasi" required defaultValue={v("responsible")} error={e?.responsible} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <FormField name="producedWhen" label="Waktu pembuatan" hint="Mis. Maret 2026, setiap triwulan." required defaultValue={v("producedWhen")} error={e?.producedWhen} />
        <FormField name="producedWhere" label="Tempat pembuatan" required defaultValue={v("producedWhere")} error={e?.producedWhere} />
        <Select
          name="form"
          label="Bentuk informasi"
          required
          placeholder="Pilih bentuk"
          defaultValue={v("form")}
          error={e?.form}
          options={INFO_FORMS.map((f) => ({ value: f, label: INFO_FORM_LABELS[f] }))}
        />
        <FormField name="retention" label="Jangka waktu penyimpanan" hint="Mis. 5 tahun, permanen." required defaultValue={v("retention")} error={e?.retention} />
        <FormField name="year" label="Tahun" type="number" required defaultValue={v("year")} error={e?.year} />
        <FormField name="link" label="Tautan (bila ada)" type="url" hint="Alamat lengkap, diawali https://." defaultValue={v("link")} error={e?.link} />
      </div>
      <SubmitButton>{entryId ? "Simpan perubahan" : "Simpan sebagai draf"}</SubmitButton>
    </form>
  );
}
