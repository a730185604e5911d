"use client";

import { useActionState } from "react";
import { resendOutboxMessageAction } from "@/lib/actions/outbox-actions";

export function ResendForm({ id, subject }: { id: string; subject: string }) {
  const [state, action, pending] = useActionState(resendOutboxMessageAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100">
        Kirim ulang<span className="sr-only"> pesan {subject}</span>
      </button>
      {state && <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</p>}
    </form>
  );
}
