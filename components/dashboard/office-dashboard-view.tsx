import Link from "next/link";
import { BarChart, ColumnChart } from "@/components/charts/bar-chart";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import { REGISTER_DEFAULTS, registerQueryString, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";
import type { OfficeDashboard } from "@/lib/domain/report-dashboard";

// The dashboard's charts, each beside its data table; every number opens the register filtered to
// exactly those requests (the register's own query-string filters). Server-rendered, no JavaScript.

const href = (over: Partial<RequestRegisterQuery>) => `/kantor/permohonan${registerQueryString({ ...REGISTER_DEFAULTS, ...over } as RequestRegisterQuery)}`;

function Num({ value, to, linked, label }: { value: number; to: Partial<RequestRegisterQuery>; linked: boolean; label: string }) {
  if (!linked) return <span className="tabular-nums">{value}</span>;
  return (
    <Link href={href(to)} className="font-semibold tabular-nums text-brand-800 underline" aria-label={`${value} — ${label}, buka di register`}>
      {value}
    </Link>
  );
}

const th = "px-2 py-1 text-left";
const td = "px-2 py-1 text-right";

export function OfficeDashboardView({ d }: { d: OfficeDashboard }) {
  const unitTo = (code: string | null) => (code ? { unit: code } : { noUnit: true });
  return (
    <div className="space-y-8" data-testid="dasbor-laporan">
      <section aria-labelledby="dasbor-ringkas">
        <h2 id="dasbor-ringkas" className="mb-2 text-xl font-semibold">Permohonan berjalan per {formatDateId(d.today)}</h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {[
            { label: "Masih berjalan", value: d.openTotal, to: { status: "BERJALAN" as const } },
            { label: "Jatuh tempo minggu ini", value: d.dueThisWeek, to: { dueWithin: d.dueThisWeekDays } },
            { label: "Melewati batas waktu", value: d.overdue, to: { overdue: true } },
          ].map((c) => (
            <div key={c.label} className="rounded border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-700">{c.label}</dt>
              <dd className="mt-1 text-3xl"><Num value={c.value} to={c.to} linked={d.linked} label={c.label} /></dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="dasbor-status" className="grid gap-4 lg:grid-cols-2">
        <h2 id="dasbor-status" className="text-xl font-semibold lg:col-span-2">Permohonan berjalan menurut tahap</h2>
        <BarChart title="Permohonan berjalan menurut tahap" bars={OPEN_REQUEST_STATUSES.map((s) => ({ label: REQUEST_STATUS_LABELS[s], value: d.openByStatus[s] }))} />
        <table className="w-full rounded border border-slate-200 bg-white text-sm">
          <caption className="sr-only">Permohonan berjalan menurut tahap</caption>
          <thead><tr className="bg-slate-100"><th scope="col" className={th}>Tahap</th><th scope="col" className={td}>Jumlah</th></tr></thead>
          <tbody>
            {OPEN_REQUEST_STATUSES.map((s) => (
              <tr key={s} className="border-t border-slate-200">
                <th scope="row" className={`${th} font-normal`}>{REQUEST_STATUS_LABELS[s]}</th>
                <td className={td}><Num value={d.openByStatus[s]} to={{ status: s }} linked={d.linked} label={REQUEST_STATUS_LABELS[s]} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {!d.unitScoped && (
        <section aria-labelledby="dasbor-unit" className="grid gap-4 lg:grid-cols-2">
          <h2 id="dasbor-unit" className="text-xl font-semibold lg:col-span-2">Beban dan keterlambatan per unit</h2>
          <BarChart title="Permohonan berjalan per unit" bars={d.units.map((u) => ({ label: u.name, value: u.open }))} />
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tabel beban per unit">
            <table className="w-full rounded border border-slate-200 bg-white text-sm">
              <caption className="sr-only">Permohonan berjalan dan yang melewati batas waktu per unit</caption>
              <thead><tr className="bg-slate-100"><th scope="col" className={th}>Unit</th><th scope="col" className={td}>Berjalan</th><th scope="col" className={td}>Terlambat</th></tr></thead>
              <tbody>
                {d.units.map((u) => (
                  <tr key={u.code ?? "-"} className="border-t border-slate-200">
                    <th scope="row" className={`${th} font-normal`}>{u.name}</th>
                    <td className={td}><Num value={u.open} to={{ status: "BERJALAN", ...unitTo(u.code) }} linked={d.linked} label={`berjalan, ${u.name}`} /></td>
                    <td className={td}><Num value={u.overdue} to={{ overdue: true, ...unitTo(u.code) }} linked={d.linked} label={`terlambat, ${u.name}`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="dasbor-bulan" className="space-y-4">
        <h2 id="dasbor-bulan" className="text-xl font-semibold">Tren bulanan {d.year}</h2>
        <ColumnChart title={`Permohonan diterima dan selesai per bulan ${d.year}`} labels={d.months.map((m) => m.label)} series={[{ name: "Diterima", values: d.months.map((m) => m.received) }, { name: "Sudah selesai", values: d.months.map((m) => m.closed) }]} />
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tabel tren bulanan">
          <table className="w-full rounded border border-slate-200 bg-white text-sm">
            <caption className="sr-only">Permohonan per bulan diterima, dan yang sudah selesai</caption>
            <thead><tr className="bg-slate-100"><th scope="col" className={th}>Bulan</th><th scope="col" className={td}>Diterima</th><th scope="col" className={td}>Sudah selesai</th></tr></thead>
            <tbody>
              {d.months.map((m) => (
                <tr key={m.month} className="border-t border-slate-200">
                  <th scope="row" className={`${th} font-normal`}>{m.label} {d.year}</th>
                  <td className={td}><Num value={m.received} to={{ receivedFrom: m.from, receivedTo: m.to }} linked={d.linked} label={`diterima ${m.label} ${d.year}`} /></td>
                  <td className={td}><Num value={m.closed} to={{ status: "CLOSED", receivedFrom: m.from, receivedTo: m.to }} linked={d.linked} label={`selesai, diterima ${m.label} ${d.year}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
