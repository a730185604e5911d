"use client";

import { startTransition, useActionState } from "react";
import { HoursFields, IdentityFields, ProfileFields } from "@/components/settings/settings-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateOfficeSettingsAction } from "@/lib/actions/settings-actions";
import type { OfficeSettings } from "@/lib/view-types/office";

export function SettingsForm({ office, zones }: { office: OfficeSettings; zones: { value: string; label: string }[] }) {
  const [state, action] = useActionState(updateOfficeSettingsAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    // With JavaScript the submit is sent without React's automatic form reset, so a refused save
    // keeps everything the administrator typed; without JavaScript the plain form action is used.
    <form
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      noValidate
      className="max-w-4xl"
    >
      <FormAlert message={state && !state.ok ? state.message : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <IdentityFields office={office} e={e} zones={zones} />
      <HoursFields office={office} e={e} />
      <ProfileFields office={office} e={e} />
      <SubmitButton pendingText="Menyimpan…">Simpan pengaturan</SubmitButton>
    </form>
  );
}
