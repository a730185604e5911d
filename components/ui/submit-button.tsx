"use client";

import { useFormStatus } from "react-dom";

/** Disabled while the form is being sent, so a double click never sends it twice. */
export function SubmitButton({ children, pendingText = "Memproses…" }: { children: React.ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingText : children}
    </button>
  );
}
