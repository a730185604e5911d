import { controlCls, describedBy as describedByIds, Field, FieldError, fieldId, RequiredMark } from "@/components/ui/form-field";

// The request form's controls, in the frame of components/ui (label, hint, error; aria-invalid,
// aria-describedby). Uncontrolled: every control gets its default value as an HTML attribute, so
// the server-rendered form works before (or without) JavaScript.

/** A control's name, and what the form wants to hear of its changes (the requester type). */
export type FieldRegistration = {
  name: string;
  onChange?: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
};

type Base = {
  registration: FieldRegistration;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  defaultValue?: string;
};

const describedBy = (name: string, hint: unknown, error: unknown) => describedByIds(fieldId(name), hint, error);

function Frame({ name, label, hint, error, required, children }: Omit<Base, "registration"> & { name: string; children: React.ReactNode }) {
  return <Field id={fieldId(name)} label={label} hint={hint} error={error} required={required}>{children}</Field>;
}

export function TextInput({ type = "text", autoComplete, inputMode, ...p }: Base & { type?: string; autoComplete?: string; inputMode?: "numeric" | "tel" | "email" }) {
  const name = p.registration.name;
  return (
    <Frame name={name} {...p}>
      <input
        id={fieldId(name)}
        type={type}
        {...p.registration}
        defaultValue={p.defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={p.required || undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(name, p.hint, p.error)}
        className={controlCls}
      />
    </Frame>
  );
}

export function TextArea({ rows = 4, ...p }: Base & { rows?: number }) {
  const name = p.registration.name;
  return (
    <Frame name={name} {...p}>
      <textarea
        id={fieldId(name)}
        rows={rows}
        {...p.registration}
        defaultValue={p.defaultValue}
        aria-required={p.required || undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(name, p.hint, p.error)}
        className={controlCls}
      />
    </Frame>
  );
}

export function SelectInput({ options, placeholder, ...p }: Base & { options: { value: string; label: string }[]; placeholder: string }) {
  const name = p.registration.name;
  return (
    <Frame name={name} {...p}>
      <select
        id={fieldId(name)}
        {...p.registration}
        defaultValue={p.defaultValue ?? ""}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(name, p.hint, p.error)}
        className={controlCls}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Frame>
  );
}

export function FileInput({ accept, ...p }: Base & { accept: string }) {
  const name = p.registration.name;
  return (
    <Frame name={name} {...p}>
      <input
        id={fieldId(name)}
        type="file"
        accept={accept}
        {...p.registration}
        aria-required={p.required || undefined}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(name, p.hint, p.error)}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1"
      />
    </Frame>
  );
}

/** A fieldset of radio buttons: the legend names the question, the error is tied to the group. */
export function RadioGroup({ options, columns = 1, ...p }: Base & { options: { value: string; label: string }[]; columns?: 1 | 2 | 3 }) {
  const name = p.registration.name;
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(name, p.hint, p.error)}>
      <legend className="font-medium">
        {p.label}
        {p.required && <RequiredMark />}
      </legend>
      {p.hint && <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-600">{p.hint}</p>}
      <div className={`mt-1 grid gap-1 ${grid}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 rounded px-1 py-1 hover:bg-slate-50">
            <input type="radio" value={o.value} {...p.registration} defaultChecked={p.defaultValue === o.value} className="h-4 w-4" />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={fieldId(name)} error={p.error} />
    </fieldset>
  );
}
