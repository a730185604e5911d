import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";
import type { RegisterRow } from "@/lib/view-types/requests";
import { DeadlineBadge, standingRowClass } from "@/components/requests/case/deadline-badge";

// The register as an officer scans it all day: the columns that decide what to do next, so Status
// and Deadline fit a 1280 px screen; every statutory column is one click away ("tampilan register
// lengkap") and always in the exports. Below 640 px the rows become cards.

const th = "sticky top-0 z-10 bg-slate-100 px-2 py-2 align-bottom";
// Long unbroken words (an e-mail as a name, a pasted URL) wrap instead of widening the register.
const td = "px-2 py-2 align-top [overflow-wrap:anywhere]";
const date = (d: string | null) => (d ? formatDateId(d) : "—");

function Badges({ row }: { row: RegisterRow }) {
  if (row.badges.length === 0) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      {row.badges.map((b) => (
        <span key={b} className="rounded border border-slate-400 bg-white px-1.5 text-xs text-slate-800">{b}</span>
      ))}
    </span>
  );
}

function Status({ row }: { row: RegisterRow }) {
  return (
    <>
      {row.statusLabel}
      {row.outcomeLabel && <span className="block font-medium">{row.outcomeLabel}</span>}
    </>
  );
}

export function RegisterCompact({ rows }: { rows: RegisterRow[] }) {
  return (
    <>
      {/* Sticky header: the table scrolls inside its own box so the column names stay in view. */}
      <div role="region" aria-label="Tabel register permohonan" tabIndex={0} className="hidden max-h-[75vh] overflow-auto rounded border border-slate-200 bg-white sm:block print:max-h-none print:overflow-visible">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Register permohonan informasi publik (tampilan ringkas)</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Nomor</th>
              <th scope="col" className={th}>Diterima</th>
              <th scope="col" className={th}>Pemohon</th>
              <th scope="col" className={th}>Informasi yang diminta</th>
              <th scope="col" className={th}>Unit</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={th}>Batas waktu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={`border-t border-slate-200 ${standingRowClass(r.standing)}`}>
                <td className={`${td} whitespace-nowrap`}>
                  <Link href={`/kantor/permohonan/${r.id}`} className="font-semibold text-brand-800 underline">{r.number}</Link>
                  <span className="block text-xs text-slate-700">{r.channelLabel}</span>
                </td>
                <td className={`${td} whitespace-nowrap`}>{date(r.receivedDate)}</td>
                <td className={td}>{r.requesterName}</td>
                <td className={`${td} max-w-sm`}><span className="line-clamp-2 print:line-clamp-none">{r.informationRequested}</span></td>
                <td className={td}>{r.unitName ?? "—"}</td>
                <td className={td}><Status row={r} /><Badges row={r} /></td>
                <td className={`${td} whitespace-nowrap`}>
                  {date(r.dueDate)}
                  <span className="block"><DeadlineBadge standing={r.standing} /></span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Daftar register permohonan" className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className={`rounded border border-slate-200 bg-white p-3 ${standingRowClass(r.standing)}`}>
            <Link href={`/kantor/permohonan/${r.id}`} className="font-semibold text-brand-800 underline">{r.number}</Link>
            <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1 text-sm">
              <dt className="text-slate-700">Status</dt>
              <dd><Status row={r} /><Badges row={r} /></dd>
              <dt className="text-slate-700">Batas waktu</dt>
              <dd>{date(r.dueDate)} <DeadlineBadge standing={r.standing} /></dd>
              <dt className="text-slate-700">Pemohon</dt>
              <dd className="break-words">{r.requesterName}</dd>
              <dt className="text-slate-700">Diterima</dt>
              <dd>{date(r.receivedDate)}</dd>
              <dt className="text-slate-700">Unit</dt>
              <dd>{r.unitName ?? "—"}</dd>
              <dt className="text-slate-700">Informasi</dt>
              <dd className="line-clamp-3 break-words">{r.informationRequested}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
