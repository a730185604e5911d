import { formatOfficeDateId } from "@/lib/domain/dip-format";
import { DIP_CATEGORY_NAMES, INFO_FORM_LABELS, type InfoForm } from "@/lib/domain/dip-labels";
import type { DipCategory } from "@/lib/domain/dip-workflow";

type Entry = {
  summary: string;
  category: string;
  unit: { name: string };
  responsible: string;
  producedWhen: string;
  producedWhere: string;
  form: string;
  retention: string;
  year: number;
  link: string | null;
  publishedAt: Date | null;
  consequenceTest: { id: string; information: string; decisionNumber: string } | null;
};

/**
 * The read-only view of an entry's fields (docs/domain.md, DIP), shown when it may not be edited.
 * publishedAt is an instant: its date is the office's (timeZone), not the UTC day.
 */
export function DipEntryDetails({ entry, timeZone }: { entry: Entry; timeZone: string }) {
  const rows: [string, React.ReactNode][] = [
    ["Ringkasan isi", <span key="s" className="whitespace-pre-line">{entry.summary}</span>],
    ["Kategori", DIP_CATEGORY_NAMES[entry.category as DipCategory]],
    ["Pejabat/unit yang menguasai", entry.unit.name],
    ["Penanggung jawab pembuatan", entry.responsible],
    ["Waktu dan tempat pembuatan", `${entry.producedWhen}, ${entry.producedWhere}`],
    ["Bentuk informasi", INFO_FORM_LABELS[entry.form as InfoForm]],
    ["Jangka waktu penyimpanan", entry.retention],
    ["Tahun", String(entry.year)],
    ["Tautan", entry.link ? <a key="l" href={entry.link} className="break-all text-brand-800 underline" rel="noopener noreferrer">{entry.link}</a> : "—"],
    ["Tanggal terbit", entry.publishedAt ? formatOfficeDateId(entry.publishedAt, timeZone) : "—"],
  ];
  if (entry.consequenceTest) {
    rows.push(["Uji konsekuensi", `${entry.consequenceTest.information} — SK ${entry.consequenceTest.decisionNumber}`]);
  }
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 md:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
