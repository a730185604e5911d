import { DIP_CATEGORY_LABELS } from "@/components/dip/dip-labels";
import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { INFO_FORM_LABELS } from "@/lib/domain/dip-public-labels";
import type { PublicDipItem } from "@/lib/view-types/dip";

type Row = { label: string; value: React.ReactNode };

/** Every field a DIP entry must state (UU 14/2008 Pasal 9; Perki 1/2021 on the content of the DIP). */
export function DipEntryDetails({ entry, timeZone }: { entry: PublicDipItem; timeZone: string }) {
  const rows: Row[] = [
    { label: "Nomor", value: entry.number },
    { label: "Kategori", value: DIP_CATEGORY_LABELS[entry.category] },
    { label: "Ringkasan isi informasi", value: entry.summary },
    { label: "Pejabat atau unit yang menguasai informasi", value: entry.unitName },
    { label: "Penanggung jawab pembuatan atau penerbitan", value: entry.responsible },
    { label: "Waktu pembuatan", value: entry.producedWhen },
    { label: "Tempat pembuatan", value: entry.producedWhere },
    { label: "Bentuk informasi", value: INFO_FORM_LABELS[entry.form] },
    { label: "Jangka waktu penyimpanan", value: entry.retention },
    { label: "Tahun", value: entry.year },
    {
      label: "Tautan",
      value: entry.link ? (
        <a href={entry.link} className="break-all text-brand-700 underline" rel="noopener noreferrer">{entry.link}</a>
      ) : (
        "—"
      ),
    },
    { label: "Diterbitkan", value: entry.publishedAt ? formatOfficeDateTimeId(entry.publishedAt, timeZone) : "—" },
    { label: "Terakhir diperbarui", value: formatOfficeDateTimeId(entry.updatedAt, timeZone) },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[minmax(12rem,1fr)_3fr]">
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="font-medium text-slate-700">{r.label}</dt>
          <dd className="mb-2 sm:mb-0">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
