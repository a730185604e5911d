import { controlCls } from "@/components/dip-office/fields";

// Form controls of the case page's action forms. Several forms share one page, so every control
// gets an explicit id (prefixed by its form) instead of FormField's "f-<name>".

type Base = { id: string; name: string; label: string; error?: string; hint?: string; required?: boolean; defaultValue?: string };

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, error, required, children }: Omit<Base, "name" | "defaultValue"> & { children: React.ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-700"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextInput({ type = "text", ...p }: Base & { type?: string; inputMode?: "numeric" | "text" | "url" }) {
  return (
    <Frame {...p}>
      <input
        id={p.id}
        name={p.name}
        type={type}
        inputMode={p.inputMode}
        defaultValue={p.defaultValue}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        className={controlCls}
      />
    </Frame>
  );
}

export function TextArea({ rows = 3, ...p }: Base & { rows?: number }) {
  return (
    <Frame {...p}>
      <textarea
        id={p.id}
        name={p.name}
        rows={rows}
        defaultValue={p.defaultValue}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        className={controlCls}
      />
    </Frame>
  );
}

export function Select({ options, placeholder, ...p }: Base & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Frame {...p}>
      <select
        id={p.id}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        required={p.required}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        className={controlCls}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Up to three files (the action wrapper keeps one value per name, so each input has its own). */
export function FileInputs({ idPrefix, label, hint, errors }: { idPrefix: string; label: string; hint: string; errors?: Record<string, string> }) {
  return (
    <fieldset className="mb-4">
      <legend className="font-medium">{label}</legend>
      <p id={`${idPrefix}-files-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {[1, 2, 3].map((n) => (
        <div key={n} className="mt-2">
          <label htmlFor={`${idPrefix}-file${n}`} className="sr-only">
            Berkas {n}
          </label>
          <input
            id={`${idPrefix}-file${n}`}
            name={`file${n}`}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
            aria-describedby={`${idPrefix}-files-hint`}
            className="block"
          />
          {errors?.[`file${n}`] && <p className="mt-1 text-sm font-medium text-red-700">{errors[`file${n}`]}</p>}
        </div>
      ))}
    </fieldset>
  );
}
