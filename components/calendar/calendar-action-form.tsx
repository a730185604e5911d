"use client";

import { useActionState } from "react";
import { ActionFeedback, type CalendarAction } from "./action-feedback";

type Props = {
  action: CalendarAction;
  submitLabel: React.ReactNode;
  children?: React.ReactNode;
  variant?: "primary" | "secondary";
  id?: string;
  className?: string;
  /** Extra accessible name for the button, e.g. which year it acts on. */
  buttonHint?: string;
};

const BUTTON = {
  primary: "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70",
  secondary: "rounded border border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-70",
};

/** A small calendar form whose fields come from the server page; shows the recomputed deadlines. */
export function CalendarActionForm({ action, submitLabel, children, variant = "primary", id, className, buttonHint }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} id={id} className={className} noValidate>
      {children}
      <button type="submit" disabled={pending} aria-disabled={pending} className={BUTTON[variant]}>
        {pending ? "Memproses…" : submitLabel}
        {buttonHint && <span className="sr-only"> {buttonHint}</span>}
      </button>
      <ActionFeedback state={state} showFieldErrors />
    </form>
  );
}
