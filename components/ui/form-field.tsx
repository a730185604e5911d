// The form input primitives of the portal, once: a label, an optional hint, the control and its
// error, wired for screen readers (aria-describedby names the hint and the error, aria-invalid
// marks a field the server refused). Server-renderable, no state. The id is "f-<name>" unless a
// page holds several forms with the same field names (then each form passes its own ids).

/** The class of every text input, textarea and select. */
export const controlCls = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

export const fieldId = (name: string) => `f-${name}`;

/** The ids aria-describedby lists for a control: its hint and its error, when shown. */
export function describedBy(id: string, hint?: unknown, error?: unknown): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function RequiredMark() {
  return <span className="text-red-700" aria-hidden="true"> *</span>;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">{error}</p>;
}

type FrameProps = { id: string; label: string; hint?: React.ReactNode; error?: string; required?: boolean; children: React.ReactNode };

/** Label, hint, the control passed as children, error. */
export function Field({ id, label, hint, error, required, children }: FrameProps) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

type Control = { name: string; label: string; id?: string; hint?: string; error?: string; required?: boolean; defaultValue?: string; minLength?: number; maxLength?: number };

type InputProps = Control & {
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "url" | "tel" | "email";
  min?: string;
  max?: string;
};

export function TextInput({ type = "text", autoComplete, inputMode, min, max, minLength, maxLength, ...p }: InputProps) {
  const id = p.id ?? fieldId(p.name);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} required={p.required}>
      <input
        id={id}
        name={p.name}
        type={type}
        inputMode={inputMode}
        defaultValue={p.defaultValue}
        required={p.required}
        autoComplete={autoComplete}
        min={min}
        max={max}
        minLength={minLength}
        maxLength={maxLength}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        className={controlCls}
      />
    </Field>
  );
}

export function TextArea({ rows = 4, minLength, maxLength, ...p }: Control & { rows?: number }) {
  const id = p.id ?? fieldId(p.name);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} required={p.required}>
      <textarea
        id={id}
        name={p.name}
        rows={rows}
        minLength={minLength}
        maxLength={maxLength}
        defaultValue={p.defaultValue}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        className={controlCls}
      />
    </Field>
  );
}

/** `placeholder`: a first, empty choice ("—", "Pilih …"); without it the first option is preselected. */
export function Select({ options, placeholder, ...p }: Control & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = p.id ?? fieldId(p.name);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} required={p.required}>
      {/* Keyed by the default: React applies a select's defaultValue only on mount, and the form
          reset after a failed action must show the values sent back by the server. */}
      <select
        key={p.defaultValue ?? ""}
        id={id}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        className={controlCls}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type FormFieldProps = Omit<InputProps, "id" | "inputMode" | "min" | "max"> & { children?: React.ReactNode };

/**
 * A text input with the id "f-<name>"; with children, the frame around a control of the caller's
 * own, which must carry that id.
 */
export function FormField({ children, ...p }: FormFieldProps) {
  if (!children) return <TextInput {...p} />;
  return (
    <Field id={fieldId(p.name)} label={p.label} hint={p.hint} error={p.error} required={p.required}>
      {children}
    </Field>
  );
}
