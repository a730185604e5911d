"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { importHolidaysAction } from "@/lib/actions/calendar-actions";
import { ActionFeedback } from "./action-feedback";
import { controlCls } from "@/components/ui/form-field";

/** Uploads a year's decree as JSON, CSV or ICS (at most 1 MB); works without JavaScript. */
export function ImportForm({ year }: { year: number }) {
  const [state, action] = useActionState(importHolidaysAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors ?? {};
  const v = failed?.values;
  const fileErrors = e.file?.split("\n") ?? [];
  return (
    <form action={action} noValidate className="max-w-xl">
      <div className="mb-4">
        <label htmlFor="imp-file" className="block font-medium">
          Berkas kalender<span className="text-red-700"> *</span>
        </label>
        <p id="imp-file-hint" className="text-sm text-slate-600">
          JSON (seperti hari-libur.json), CSV dengan judul kolom <code>tanggal,nama,jenis,sumber</code> (atau{" "}
          <code>date,name,kind,source</code>), atau iCalendar (.ics). Paling besar 1 MB.
        </p>
        <input
          id="imp-file" name="file" type="file" required accept=".json,.csv,.ics,application/json,text/csv,text/calendar"
          aria-invalid={fileErrors.length ? true : undefined} aria-describedby={fileErrors.length ? "imp-file-hint imp-file-error" : "imp-file-hint"}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
        />
        {fileErrors.length > 0 && (
          <ul id="imp-file-error" className="mt-1 list-disc pl-6 text-sm font-medium text-red-700">
            {fileErrors.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        )}
      </div>
      <div className="mb-4">
        <label htmlFor="imp-year" className="block font-medium">Tahun<span className="text-red-700"> *</span></label>
        <input id="imp-year" name="year" type="number" inputMode="numeric" min={2000} max={2100} required defaultValue={v?.year ?? String(year)} aria-invalid={e.year ? true : undefined} aria-describedby={e.year ? "imp-year-error" : undefined} className={`${controlCls} max-w-40`} />
        {e.year && <p id="imp-year-error" className="mt-1 text-sm font-medium text-red-700">{e.year}</p>}
      </div>
      <fieldset className="mb-4">
        <legend className="font-medium">Cara impor<span className="text-red-700"> *</span></legend>
        <div className="mt-1 flex items-start gap-2">
          <input id="imp-mode-replace" type="radio" name="mode" value="REPLACE" defaultChecked={(v?.mode ?? "REPLACE") === "REPLACE"} className="mt-1 h-4 w-4" />
          <label htmlFor="imp-mode-replace">Ganti seluruh daftar tahun ini dengan isi berkas</label>
        </div>
        <div className="mt-1 flex items-start gap-2">
          <input id="imp-mode-merge" type="radio" name="mode" value="MERGE" defaultChecked={v?.mode === "MERGE"} className="mt-1 h-4 w-4" />
          <label htmlFor="imp-mode-merge">Gabungkan: tambahkan tanggal baru dan perbarui tanggal yang sama, yang lain tetap</label>
        </div>
        {e.mode && <p className="mt-1 text-sm font-medium text-red-700">{e.mode}</p>}
      </fieldset>
      <div className="mb-2 flex items-start gap-2">
        <input id="imp-official" name="official" type="checkbox" defaultChecked={v ? v.official === "on" : true} className="mt-1 h-4 w-4" />
        <label htmlFor="imp-official">Berkas ini SKB resmi: tandai tahun tersebut sebagai kalender resmi</label>
      </div>
      <div className="mb-4">
        <label htmlFor="imp-source" className="block font-medium">Sumber (SKB)</label>
        <p id="imp-source-hint" className="text-sm text-slate-600">Wajib bila ditandai resmi; juga dipakai untuk baris yang tidak menyebut sumber.</p>
        <input id="imp-source" name="source" defaultValue={v?.source} aria-invalid={e.source ? true : undefined} aria-describedby={e.source ? "imp-source-hint imp-source-error" : "imp-source-hint"} className={controlCls} />
        {e.source && <p id="imp-source-error" className="mt-1 text-sm font-medium text-red-700">{e.source}</p>}
      </div>
      <SubmitButton pendingText="Mengimpor…">Impor kalender</SubmitButton>
      <ActionFeedback state={state} />
    </form>
  );
}
