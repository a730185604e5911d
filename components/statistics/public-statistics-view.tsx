import { BarChart, ColumnChart } from "@/components/charts/bar-chart";
import { ReportTables } from "@/components/reports/report-document-view";
import { REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { PUNCTUALITY_LABELS } from "@/lib/domain/report-timing";
import { REQUEST_OUTCOMES } from "@/lib/domain/request-workflow";
import type { PublicStatistics } from "@/lib/domain/report-public";

// The public Statistik page's body: headline numbers, charts (server-rendered SVG) and the tables
// with the same numbers. Counts only.

const num = (n: number | null) => (n === null ? "—" : String(n).replace(".", ","));

export function PublicStatisticsView({ stats }: { stats: PublicStatistics }) {
  const f = stats.figures;
  const headline = [
    { label: "Permohonan diterima", value: String(f.requests.total) },
    { label: "Dijawab tertulis", value: String(f.requests.timing.answered) },
    { label: "Median waktu jawab (hari kerja)", value: num(f.requests.timing.median) },
    { label: "Keberatan", value: String(f.objections.total) },
    { label: "Sengketa informasi", value: String(f.disputes.total) },
  ];
  const byId = (id: string) => stats.sections.find((s) => s.id === id);
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {headline.map((h) => (
          <div key={h.label} className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-700">{h.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">{h.value}</dd>
          </div>
        ))}
      </dl>
      <figure className="space-y-2">
        <figcaption className="font-semibold">Permohonan diterima per bulan {stats.year}</figcaption>
        <ColumnChart title={`Permohonan diterima per bulan ${stats.year}`} labels={stats.months.map((m) => m.label)} series={[{ name: "Diterima", values: stats.months.map((m) => m.received) }]} />
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tabel permohonan diterima per bulan">
          <table className="w-full min-w-[18rem] rounded border border-slate-200 bg-white text-sm">
            <caption className="sr-only">Permohonan diterima per bulan</caption>
            <thead><tr className="bg-slate-100">{stats.months.map((m) => <th key={m.label} scope="col" className="px-1 py-1 text-right">{m.label}</th>)}</tr></thead>
            <tbody><tr>{stats.months.map((m) => <td key={m.label} className="px-1 py-1 text-right tabular-nums">{m.received}</td>)}</tr></tbody>
          </table>
        </div>
      </figure>
      <div className="grid gap-6 lg:grid-cols-2">
        <figure className="space-y-2">
          <figcaption className="font-semibold">Keputusan atas permohonan</figcaption>
          <BarChart title="Keputusan atas permohonan" bars={[...REQUEST_OUTCOMES.map((o) => ({ label: REQUEST_OUTCOME_LABELS[o], value: f.requests.outcomes[o] })), { label: "Masih diproses", value: f.requests.outcomes.PENDING }]} />
        </figure>
        <figure className="space-y-2">
          <figcaption className="font-semibold">Ketepatan waktu pemberitahuan tertulis</figcaption>
          <BarChart title="Ketepatan waktu pemberitahuan tertulis" color="#b45309" bars={(["WITHIN_RESPONSE", "WITHIN_EXTENSION", "LATE"] as const).map((k) => ({ label: PUNCTUALITY_LABELS[k], value: f.requests.timing.punctuality[k] }))} />
        </figure>
      </div>
      {["permohonan", "waktu", "keberatan", "sengketa", "unit"].map((id) => {
        const section = byId(id);
        return section ? <ReportTables key={id} section={section} level={2} /> : null;
      })}
    </div>
  );
}
