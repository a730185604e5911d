import { FormField } from "@/components/ui/form-field";

// Select and textarea wired like FormField's input (label, hint, error, aria-*), for the
// catalogue and consequence-test forms.

export const controlCls =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

type Base = { name: string; label: string; error?: string; hint?: string; required?: boolean; defaultValue?: string };

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  return [hint && `f-${name}-hint`, error && `f-${name}-error`].filter(Boolean).join(" ") || undefined;
}

export function SelectField({ options, placeholder, ...p }: Base & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FormField name={p.name} label={p.label} error={p.error} hint={p.hint} required={p.required}>
      {/* Keyed by the default: React applies a select's defaultValue only on mount, and the form
          reset after a failed action must show the values sent back by the server. */}
      <select
        key={p.defaultValue ?? ""}
        id={`f-${p.name}`}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        className={controlCls}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function TextAreaField({ rows = 4, ...p }: Base & { rows?: number }) {
  return (
    <FormField name={p.name} label={p.label} error={p.error} hint={p.hint} required={p.required}>
      <textarea
        id={`f-${p.name}`}
        name={p.name}
        rows={rows}
        defaultValue={p.defaultValue}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        className={controlCls}
      />
    </FormField>
  );
}
