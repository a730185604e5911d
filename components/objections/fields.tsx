// Plain labelled inputs for the case forms (server-renderable; no state).

const INPUT = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

type Base = { name: string; label: string; required?: boolean; hint?: string; id?: string };

function Label({ id, label, required, hint }: { id: string; label: string; required?: boolean; hint?: string }) {
  return (
    <>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-700"> *</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
    </>
  );
}

export function TextArea({ name, label, required, hint, id, rows = 4, defaultValue }: Base & { rows?: number; defaultValue?: string }) {
  const fid = id ?? `f-${name}`;
  return (
    <div className="mb-3">
      <Label id={fid} label={label} required={required} hint={hint} />
      <textarea id={fid} name={name} rows={rows} required={required} defaultValue={defaultValue} aria-describedby={hint ? `${fid}-hint` : undefined} className={INPUT} />
    </div>
  );
}

export function Input({ name, label, required, hint, id, type = "text", defaultValue, min, max }: Base & { type?: string; defaultValue?: string; min?: string; max?: string }) {
  const fid = id ?? `f-${name}`;
  return (
    <div className="mb-3">
      <Label id={fid} label={label} required={required} hint={hint} />
      <input id={fid} name={name} type={type} required={required} defaultValue={defaultValue} min={min} max={max} aria-describedby={hint ? `${fid}-hint` : undefined} className={INPUT} />
    </div>
  );
}

export function Select({ name, label, required, hint, id, options, defaultValue }: Base & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const fid = id ?? `f-${name}`;
  return (
    <div className="mb-3">
      <Label id={fid} label={label} required={required} hint={hint} />
      <select id={fid} name={name} required={required} defaultValue={defaultValue ?? ""} aria-describedby={hint ? `${fid}-hint` : undefined} className={INPUT}>
        {!required && <option value="">—</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
