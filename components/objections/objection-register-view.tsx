import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";
import type { ObjectionRegisterRow } from "@/lib/view-types/objections";

// The objection register on screen: a compact view by default (number, date, requester, request,
// grounds, decision, deadline with days left), every statutory column with "tampilan register
// lengkap", cards below 640 px; the header stays in view while the rows scroll.

const TH = "sticky top-0 z-10 bg-slate-100 px-2 py-2 align-bottom";
const TD = "px-2 py-2 align-top";
const date = (d: string | null) => (d ? formatDateId(d) : "—");
/** Never "Diterima" for an unanswered objection: it would read as "accepted". */
const decisionText = (r: ObjectionRegisterRow) => r.decision ?? `Belum ditanggapi (${r.statusLabel.toLowerCase()})`;

function Deadline({ r }: { r: ObjectionRegisterRow }) {
  return (
    <>
      {date(r.dueDate)}
      {r.overdue ? (
        <span className="mt-1 block w-fit rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
          Terlambat {Math.max(1, -(r.daysLeft ?? -1))} hari kerja
        </span>
      ) : r.daysLeft !== null ? (
        <span className="block text-xs text-slate-700">{r.daysLeft === 0 ? "Hari terakhir" : `Sisa ${r.daysLeft} hari kerja`}</span>
      ) : null}
    </>
  );
}

const Number = ({ r }: { r: ObjectionRegisterRow }) => (
  <Link href={`/kantor/keberatan/${r.id}`} className="font-mono text-brand-700 underline">{r.number}</Link>
);

export function ObjectionRegisterView({ rows, full }: { rows: ObjectionRegisterRow[]; full: boolean }) {
  return (
    <>
      <div role="region" aria-label="Tabel register keberatan" tabIndex={0} className={`${full ? "" : "hidden sm:block"} max-h-[75vh] overflow-auto rounded border border-slate-200 bg-white print:max-h-none print:overflow-visible`}>
        <table className={`w-full text-left text-sm ${full ? "min-w-[1300px]" : ""}`}>
          <caption className="sr-only">Register keberatan{full ? "" : " (tampilan ringkas)"}</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>Nomor keberatan</th>
              <th scope="col" className={TH}>Tanggal</th>
              <th scope="col" className={TH}>Pemohon / kuasa</th>
              <th scope="col" className={TH}>Nomor permohonan</th>
              {full && <th scope="col" className={TH}>Informasi yang diminta</th>}
              {full && <th scope="col" className={TH}>Tujuan</th>}
              <th scope="col" className={TH}>Alasan (huruf)</th>
              <th scope="col" className={TH}>Batas waktu tanggapan</th>
              <th scope="col" className={TH}>Keputusan Atasan PPID</th>
              {full && <th scope="col" className={TH}>Tanggal tanggapan</th>}
              {full && <th scope="col" className={TH}>Nama dan jabatan Atasan PPID</th>}
              {full && <th scope="col" className={TH}>Tanggapan pemohon</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={`border-t border-slate-200 ${r.overdue ? "bg-red-50" : ""}`}>
                <td className={`${TD} whitespace-nowrap`}><Number r={r} /></td>
                <td className={`${TD} whitespace-nowrap`}>{date(r.receivedDate)}</td>
                <td className={TD}>
                  {r.objector}
                  {full && <span className="block text-sm text-slate-700">{[r.address, r.occupation, r.phone, r.email].filter(Boolean).join(" · ")}</span>}
                  {full && r.proxyName && <span className="block text-sm text-slate-700">Kuasa: {r.proxyName}{r.proxyAddress ? `, ${r.proxyAddress}` : ""}</span>}
                  {r.windowWarning && <span className="block text-sm font-medium text-amber-800">Di luar batas waktu menurut perhitungan</span>}
                </td>
                <td className={`${TD} font-mono`}>{r.requestNumber}</td>
                {full && <td className={TD}>{r.informationRequested}</td>}
                {full && <td className={TD}>{r.purpose}</td>}
                <td className={TD}>{r.grounds}</td>
                <td className={`${TD} whitespace-nowrap`}><Deadline r={r} /></td>
                <td className={TD}>{decisionText(r)}</td>
                {full && <td className={TD}>{date(r.answerDate)}</td>}
                {full && <td className={TD}>{r.atasan ?? "—"}</td>}
                {full && <td className={TD}>{r.response ?? "—"}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!full && (
        <ul aria-label="Daftar register keberatan" className="space-y-3 sm:hidden">
          {rows.map((r) => (
            <li key={r.id} className={`rounded border border-slate-200 bg-white p-3 ${r.overdue ? "bg-red-50" : ""}`}>
              <Number r={r} />
              <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1 text-sm">
                <dt className="text-slate-700">Keputusan</dt>
                <dd>{decisionText(r)}</dd>
                <dt className="text-slate-700">Batas waktu</dt>
                <dd><Deadline r={r} /></dd>
                <dt className="text-slate-700">Pemohon</dt>
                <dd className="break-words">{r.objector}</dd>
                <dt className="text-slate-700">Tanggal</dt>
                <dd>{date(r.receivedDate)}</dd>
                <dt className="text-slate-700">Permohonan</dt>
                <dd className="break-all font-mono">{r.requestNumber}</dd>
                <dt className="text-slate-700">Alasan</dt>
                <dd>{r.grounds}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
