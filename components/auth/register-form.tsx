"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerCitizenAction } from "@/lib/actions/auth-actions";

export function RegisterForm() {
  const [state, action] = useActionState(registerCitizenAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  const v = failed?.values;
  return (
    <form action={action} noValidate className="max-w-md">
      <FormAlert message={failed?.message} />
      <FormField name="name" label="Nama lengkap" autoComplete="name" required defaultValue={v?.name} error={e?.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={v?.email} error={e?.email} />
      <FormField name="phone" label="Nomor telepon" type="tel" autoComplete="tel" required hint="Contoh: 081234567890" defaultValue={v?.phone} error={e?.phone} />
      <FormField name="password" label="Kata sandi" type="password" autoComplete="new-password" required hint="Minimal 12 karakter; boleh berupa beberapa kata. Hindari kata sandi yang umum." error={e?.password} />
      <FormField name="passwordConfirm" label="Ulangi kata sandi" type="password" autoComplete="new-password" required error={e?.passwordConfirm} />
      <SubmitButton pendingText="Mendaftarkan…">Daftar</SubmitButton>
    </form>
  );
}
