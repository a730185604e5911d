"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { controlCls, FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createStaffUserAction } from "@/lib/actions/user-actions";

type Option = { value: string; label: string };

export function CreateStaffForm({ roles, units }: { roles: Option[]; units: Option[] }) {
  const [state, action] = useActionState(createStaffUserAction, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors;
  const v = failed?.values;
  return (
    <form action={action} noValidate className="max-w-xl" key={state?.ok ? "done" : "form"}>
      <FormAlert message={failed?.message} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormField name="name" label="Nama" required defaultValue={v?.name} error={e?.name} />
      <FormField name="email" label="Email" type="email" required defaultValue={v?.email} error={e?.email} />
      <FormField name="role" label="Peran" required error={e?.role}>
        <select id="f-role" name="role" defaultValue={v?.role ?? ""} className={controlCls} aria-invalid={e?.role ? true : undefined}>
          <option value="" disabled>Pilih peran</option>
          {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
      </FormField>
      <FormField name="unitId" label="Unit" hint="Wajib untuk PPID Pelaksana." error={e?.unitId}>
        <select id="f-unitId" name="unitId" defaultValue={v?.unitId ?? ""} className={controlCls} aria-invalid={e?.unitId ? true : undefined}>
          <option value="">Tanpa unit</option>
          {units.map((u) => <option key={u.value} value={u.value}>{u.label}</option>)}
        </select>
      </FormField>
      <FormField name="position" label="Jabatan" defaultValue={v?.position} error={e?.position} />
      <FormField name="password" label="Kata sandi awal" type="password" autoComplete="new-password" required hint="Minimal 12 karakter; boleh berupa beberapa kata. Hindari kata sandi yang umum." error={e?.password} />
      <SubmitButton>Buat akun</SubmitButton>
    </form>
  );
}
