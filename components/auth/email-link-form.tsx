"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { resendActivationAction } from "@/lib/actions/account-activation-actions";
import { requestPasswordResetAction } from "@/lib/actions/password-reset-actions";

// The forms that ask for a link by e-mail only (the answer is the same for every address).
const FORMS = {
  reset: { action: requestPasswordResetAction, button: "Kirim tautan atur ulang", autoComplete: "username" },
  activation: { action: resendActivationAction, button: "Kirim ulang tautan aktivasi", autoComplete: "email" },
} as const;

export function EmailLinkForm({ kind }: { kind: keyof typeof FORMS }) {
  const form = FORMS[kind];
  const [state, action] = useActionState(form.action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-md">
      <FormAlert message={failed?.message} />
      <FormField name="email" label="Email" type="email" autoComplete={form.autoComplete} required defaultValue={failed?.values?.email} error={failed?.fieldErrors?.email} />
      <SubmitButton pendingText="Sedang mengirim…">{form.button}</SubmitButton>
    </form>
  );
}
