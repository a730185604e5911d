import { formatDateId } from "@/lib/domain/format-date";
import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-public-labels";
import type { PublicExemptEntry } from "@/lib/view-types/dip";

/** How long the exemption lasts; once the date has passed the information is public (UU 14/2008 Pasal 20). */
function exemptionText(test: NonNullable<PublicExemptEntry["test"]>, today: string): string {
  const parts: string[] = [];
  if (test.exemptUntil) {
    parts.push(test.exemptUntil < today ? `Berakhir ${formatDateId(test.exemptUntil)}: informasi ini tidak lagi dikecualikan` : `Sampai ${formatDateId(test.exemptUntil)}`);
  }
  if (test.exemptionPeriod) parts.push(test.exemptionPeriod);
  return parts.length > 0 ? parts.join(". ") : "Belum ditetapkan";
}

export function ExemptEntryCard({ entry, today }: { entry: PublicExemptEntry; today: string }) {
  const t = entry.test;
  const headingId = `dik-${entry.number.replace(/[^A-Za-z0-9-]/g, "-")}`;
  const rows: { label: string; value: React.ReactNode }[] = t
    ? [
        { label: "Informasi yang dikecualikan", value: t.information },
        { label: "Keterangan", value: entry.summary },
        {
          label: "Dasar hukum",
          value: <ul className="list-disc pl-5">{t.legalBasis.map((b) => <li key={b}>{b}</li>)}</ul>,
        },
        { label: "Akibat bila informasi dibuka", value: t.consequences },
        { label: "Pertimbangan kepentingan publik", value: t.publicInterest },
        { label: "Kesimpulan uji konsekuensi", value: CONSEQUENCE_CONCLUSION_LABELS[t.conclusion] },
        { label: "Jangka waktu pengecualian", value: exemptionText(t, today) },
        { label: "Pihak yang melakukan uji konsekuensi", value: t.participants },
        { label: "Penetapan", value: `Nomor ${t.decisionNumber}, tanggal ${formatDateId(t.decisionDate)}` },
      ]
    : [{ label: "Keterangan", value: entry.summary }];
  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold text-brand-900">{entry.title}</h2>
      <p className="mt-1 text-sm text-slate-700">Nomor {entry.number} · {entry.unitName} · Tahun {entry.year}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,1fr)_3fr]">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-medium text-slate-700">{r.label}</dt>
            <dd className="mb-2 sm:mb-0">{r.value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
