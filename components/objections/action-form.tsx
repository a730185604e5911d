"use client";

import { createContext, useActionState, useContext } from "react";
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

type FieldState = { errors?: Record<string, string>; values?: Record<string, string> };
const FormState = createContext<FieldState>({});

/** The field error and the value sent last for one field of the surrounding ActionForm. */
export function useFieldState(name: string): { error?: string; value?: string; sent: boolean } {
  const { errors, values } = useContext(FormState);
  return { error: errors?.[name], value: values?.[name], sent: values !== undefined };
}

/**
 * A server-action form for the case pages: works without JavaScript (the action is the form's
 * action), checks nothing in the browser (noValidate: the browser's own bubbles speak the
 * browser's language), and shows the server's Indonesian messages at each field at once.
 */
export function ActionForm({ action, submitLabel, hidden, className, children }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  // The summary also lists each field's message: some forms still carry plain inputs of their own.
  const errors = failed?.fieldErrors ? Object.values(failed.fieldErrors) : [];
  const message = failed ? [failed.message, ...errors.filter((e) => e !== failed.message)].join(" ") : undefined;
  return (
    <form action={formAction} noValidate className={className ?? "rounded border border-slate-200 bg-white p-4"}>
      <FormAlert message={message} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <FormState.Provider value={{ errors: failed?.fieldErrors, values: failed?.values }}>{children}</FormState.Provider>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
