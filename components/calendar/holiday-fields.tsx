import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, type Holiday } from "@/lib/domain/calendar";

type Props = {
  idPrefix: string;
  defaults?: Partial<Record<"date" | "name" | "kind" | "source", string>> & { provisional?: boolean };
  errors?: Record<string, string>;
};

const INPUT = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

function Field({ id, label, error, hint, required, children }: { id: string; label: string; error?: string; hint?: string; required?: boolean; children: React.ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-700"> *</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {children}
      {error && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: boolean) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** Date, name, kind, source and the provisional mark of one holiday; ids unique per form. */
export function HolidayFields({ idPrefix, defaults = {}, errors = {} }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const kind = (defaults.kind ?? "NATIONAL") as Holiday["kind"];
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id={id("date")} label="Tanggal" required error={errors.date}>
          <input id={id("date")} name="date" type="date" required defaultValue={defaults.date} aria-invalid={errors.date ? true : undefined} aria-describedby={describedBy(id("date"), errors.date)} className={INPUT} />
        </Field>
        <Field id={id("kind")} label="Jenis" required error={errors.kind}>
          <select id={id("kind")} name="kind" defaultValue={kind} aria-invalid={errors.kind ? true : undefined} aria-describedby={describedBy(id("kind"), errors.kind)} className={INPUT}>
            {HOLIDAY_KINDS.map((k) => <option key={k} value={k}>{HOLIDAY_KIND_LABELS[k]}</option>)}
          </select>
        </Field>
      </div>
      <Field id={id("name")} label="Nama hari libur" required error={errors.name}>
        <input id={id("name")} name="name" required defaultValue={defaults.name} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy(id("name"), errors.name)} className={INPUT} />
      </Field>
      <Field id={id("source")} label="Sumber (dasar hukum)" hint="Misalnya nomor SKB 3 Menteri, atau peraturan daerah untuk libur daerah." error={errors.source}>
        <input id={id("source")} name="source" defaultValue={defaults.source} aria-invalid={errors.source ? true : undefined} aria-describedby={describedBy(id("source"), errors.source, true)} className={INPUT} />
      </Field>
      <div className="mb-4 flex items-start gap-2">
        <input id={id("provisional")} name="provisional" type="checkbox" defaultChecked={defaults.provisional} className="mt-1 h-4 w-4" />
        <label htmlFor={id("provisional")}>
          Tanggal sementara <span className="text-sm text-slate-600">(belum pasti, misalnya menunggu SKB atau hasil sidang isbat)</span>
        </label>
      </div>
    </>
  );
}
