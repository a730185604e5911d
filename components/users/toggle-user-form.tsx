"use client";

import { useActionState } from "react";
import { setUserDisabledAction } from "@/lib/actions/user-actions";

export function ToggleUserForm({ userId, disabled, name }: { userId: string; disabled: boolean; name: string }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100">
        {disabled ? "Aktifkan" : "Nonaktifkan"}<span className="sr-only"> akun {name}</span>
      </button>
      {state && !state.ok && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
