"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "@/lib/actions/auth-actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="max-w-md">
      <FormAlert message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <FormField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state && !state.ok ? state.values?.email : undefined} error={errors?.email} />
      <FormField name="password" label="Kata sandi" type="password" autoComplete="current-password" required error={errors?.password} />
      <SubmitButton pendingText="Sedang masuk…">Masuk</SubmitButton>
    </form>
  );
}
