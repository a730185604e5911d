"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { trackComplaintAction } from "@/lib/actions/complaint-actions";
import { formatDateId } from "@/lib/domain/format-date";

const inputCls = "mt-1 rounded border border-slate-400 bg-white px-3 py-2";

/** Number + access code, sent by POST (the code stays out of the address bar and server logs). */
export function ComplaintTracker() {
  const [state, formAction] = useActionState(trackComplaintAction, null);
  const failed = state && !state.ok ? state : null;
  const found = state?.ok ? state.data : null;
  return (
    <>
      <form action={formAction} className="mb-6 flex max-w-2xl flex-wrap items-end gap-3">
        <div>
          <label htmlFor="c-nomor" className="block font-medium">Nomor pengaduan</label>
          <input id="c-nomor" name="nomor" required defaultValue={failed?.values?.nomor ?? found?.number} placeholder="001/ADU/…/2026" className={inputCls} />
        </div>
        <div>
          <label htmlFor="c-kode" className="block font-medium">Kode akses</label>
          <input id="c-kode" name="kode" required autoComplete="off" className={`${inputCls} font-mono uppercase`} />
        </div>
        <SubmitButton pendingText="Mencari…">Lacak</SubmitButton>
      </form>
      <FormAlert message={failed ? [failed.message, ...Object.values(failed.fieldErrors ?? {})].join(" ") : undefined} />
      {found && (
        <section aria-labelledby="status-pengaduan" className="max-w-2xl rounded border border-slate-200 bg-white p-4">
          <h2 id="status-pengaduan" className="text-lg font-semibold">Pengaduan {found.number}</h2>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
            <dt>Status</dt>
            <dd className="font-semibold" data-testid="complaint-status">{found.statusLabel}</dd>
            <dt>Jenis</dt>
            <dd>{found.category}</dd>
            <dt>Diterima</dt>
            <dd>{formatDateId(found.submittedOn)}</dd>
            <dt>Yang diadukan</dt>
            <dd>{found.officialConcerned}</dd>
            {found.closedOn && (
              <>
                <dt>Selesai</dt>
                <dd>{formatDateId(found.closedOn)}</dd>
              </>
            )}
          </dl>
          {found.closingAnswer ? (
            <>
              <h3 className="mt-3 font-semibold">Jawaban</h3>
              <p className="whitespace-pre-line">{found.closingAnswer}</p>
            </>
          ) : (
            <p className="mt-3 text-slate-700">Pengaduan sedang kami tangani. Jawaban akan tampil di sini setelah pengaduan selesai.</p>
          )}
        </section>
      )}
    </>
  );
}
