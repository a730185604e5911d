"use client";

import { describedBy, Field, fieldId, Select, TextArea, TextInput } from "@/components/ui/form-field";
import { useFieldState } from "@/components/objections/action-form";

// The form primitives inside an ActionForm: each shows the server's message for its field and,
// after a failed submit, what was sent (the ActionForm's state reaches them through a context).

type Sent = { name: string; defaultValue?: string };

function useSent({ name, defaultValue }: Sent) {
  const { error, value, sent } = useFieldState(name);
  return { error, defaultValue: sent ? (value ?? "") : defaultValue, key: sent ? `sent-${value ?? ""}` : "initial" };
}

export function ActionTextInput(p: React.ComponentProps<typeof TextInput>) {
  const f = useSent(p);
  return <TextInput key={f.key} {...p} error={f.error ?? p.error} defaultValue={p.type === "file" ? undefined : f.defaultValue} />;
}

export function ActionTextArea(p: React.ComponentProps<typeof TextArea>) {
  const f = useSent(p);
  return <TextArea key={f.key} {...p} error={f.error ?? p.error} defaultValue={f.defaultValue} />;
}

export function ActionSelect(p: React.ComponentProps<typeof Select>) {
  const f = useSent(p);
  return <Select {...p} error={f.error ?? p.error} defaultValue={f.defaultValue} />;
}

/** A file input with its server message (a file input keeps no value after a failed submit). */
export function ActionFileInput({ name, label, hint, accept }: { name: string; label: string; hint?: string; accept?: string }) {
  const { error } = useFieldState(name);
  const id = fieldId(name);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} name={name} type="file" accept={accept} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="mt-1 block max-w-full" />
    </Field>
  );
}
