"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/view-types/action-result";

type Props = {
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  submitLabel: string;
  /** Hidden fields (ids, event). */
  hidden?: Record<string, string>;
  className?: string;
  children?: React.ReactNode;
};

/**
 * A server-action form for the case pages: works without JavaScript (the action is the form's
 * action), shows the result, and lists the field errors next to the message.
 */
export function ActionForm({ action, submitLabel, hidden, className, children }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ? Object.values(failed.fieldErrors) : [];
  const message = failed ? [failed.message, ...errors.filter((e) => e !== failed.message)].join(" ") : undefined;
  return (
    <form action={formAction} className={className ?? "rounded border border-slate-200 bg-white p-4"}>
      <FormAlert message={message} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
