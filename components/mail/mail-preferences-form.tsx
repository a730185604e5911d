"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/view-types/action-result";

type Choice = { key: string; label: string; on: boolean };

export function MailPreferencesForm<R extends ActionResult>({
  choices,
  action,
}: {
  choices: Choice[];
  action: (prev: R | null, formData: FormData) => Promise<R>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="rounded border border-slate-200 bg-white p-4">
      <fieldset>
        <legend className="mb-2 font-semibold">Surel yang ingin Anda terima</legend>
        {choices.length === 0 && <p>Tidak ada surel pilihan untuk peran Anda.</p>}
        <ul className="space-y-2">
          {choices.map((c) => (
            <li key={c.key}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name={`surel:${c.key}`} defaultChecked={c.on} className="mt-1 h-4 w-4" />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Simpan pilihan
      </button>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "mt-2 text-green-800" : "mt-2 text-red-700"}>{state.message}</p>}
    </form>
  );
}
