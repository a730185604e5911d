"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { trackRequestAction } from "@/lib/actions/track-actions";

const inputCls = "mt-1 rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/** Number + code are posted (never put in the address), so they stay out of logs and history. */
export function TrackForm({ number }: { number?: string }) {
  const [state, action, pending] = useActionState(trackRequestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <>
      <FormAlert message={failed?.message} />
      <form action={action} method="post" className="mb-6 flex max-w-2xl flex-wrap items-end gap-3">
        <div>
          <label htmlFor="nomor" className="block font-medium">Nomor pendaftaran</label>
          <input id="nomor" name="nomor" defaultValue={failed?.values?.nomor ?? number} required placeholder="001/PMH/…/2026" aria-invalid={failed?.fieldErrors?.nomor ? true : undefined} className={inputCls} />
        </div>
        <div>
          <label htmlFor="kode" className="block font-medium">Kode akses</label>
          <input id="kode" name="kode" required autoComplete="off" aria-invalid={failed?.fieldErrors?.kode ? true : undefined} className={`${inputCls} font-mono uppercase`} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? "Mencari…" : "Lacak"}
        </button>
      </form>
    </>
  );
}
