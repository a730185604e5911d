type Props = {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  children?: React.ReactNode;
};

/** Label, input, hint and error wired together for screen readers (aria-describedby, aria-invalid). */
export function FormField({ name, label, type = "text", defaultValue, error, hint, required, autoComplete, children }: Props) {
  const id = `f-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-700" aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children ?? (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          required={required}
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
        />
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
