import { Select, TextInput } from "@/components/ui/form-field";
import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, type Holiday } from "@/lib/domain/calendar";

type Props = {
  idPrefix: string;
  defaults?: Partial<Record<"date" | "name" | "kind" | "source", string>> & { provisional?: boolean };
  errors?: Record<string, string>;
};

/** Date, name, kind, source and the provisional mark of one holiday; ids unique per form. */
export function HolidayFields({ idPrefix, defaults = {}, errors = {} }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const kind = (defaults.kind ?? "NATIONAL") as Holiday["kind"];
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextInput id={id("date")} name="date" type="date" label="Tanggal" required defaultValue={defaults.date} error={errors.date} />
        <Select id={id("kind")} name="kind" label="Jenis" required defaultValue={kind} error={errors.kind} options={HOLIDAY_KINDS.map((k) => ({ value: k, label: HOLIDAY_KIND_LABELS[k] }))} />
      </div>
      <TextInput id={id("name")} name="name" label="Nama hari libur" required defaultValue={defaults.name} error={errors.name} />
      <TextInput
        id={id("source")}
        name="source"
        label="Sumber (dasar hukum)"
        hint="Misalnya nomor SKB 3 Menteri, atau peraturan daerah untuk libur daerah."
        defaultValue={defaults.source}
        error={errors.source}
      />
      <div className="mb-4 flex items-start gap-2">
        <input id={id("provisional")} name="provisional" type="checkbox" defaultChecked={defaults.provisional} className="mt-1 h-4 w-4" />
        <label htmlFor={id("provisional")}>
          Tanggal sementara <span className="text-sm text-slate-600">(belum pasti, misalnya menunggu SKB atau hasil sidang isbat)</span>
        </label>
      </div>
    </>
  );
}
