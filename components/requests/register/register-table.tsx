import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";
import { formatRupiah } from "@/lib/domain/request-form-labels";
import type { RegisterRow } from "@/lib/view-types/requests";
import { DeadlineBadge, standingRowClass } from "@/components/requests/case/deadline-badge";

// The buku register permohonan (Perki 1/2021) on screen: the statutory columns, plus status and
// the running deadline. Overdue and due-soon rows carry a text badge besides their colour.

const th = "sticky top-0 z-10 bg-slate-100 px-2 py-2 align-bottom";
const td = "px-2 py-2 align-top";
const date = (d: string | null) => (d ? formatDateId(d) : "—");

export function RegisterTable({ rows }: { rows: RegisterRow[] }) {
  return (
    // Focusable and named, so keyboard users can scroll the wide register sideways.
    <div role="region" aria-label="Tabel register permohonan" tabIndex={0} className="max-h-[75vh] overflow-auto rounded border border-slate-200 bg-white print:max-h-none print:overflow-visible">
      <table className="w-full min-w-[1400px] text-left text-sm">
        <caption className="sr-only">Register permohonan informasi publik</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>Nomor</th>
            <th scope="col" className={th}>Tanggal diterima</th>
            <th scope="col" className={th}>Pemohon</th>
            <th scope="col" className={th}>Kontak</th>
            <th scope="col" className={th}>Pekerjaan</th>
            <th scope="col" className={th}>Informasi yang diminta</th>
            <th scope="col" className={th}>Tujuan</th>
            <th scope="col" className={th}>Penguasaan informasi</th>
            <th scope="col" className={th}>Bentuk / cara</th>
            <th scope="col" className={th}>Jenis permohonan</th>
            <th scope="col" className={th}>Status / keputusan</th>
            <th scope="col" className={th}>Alasan penolakan</th>
            <th scope="col" className={th}>Pemberitahuan tertulis</th>
            <th scope="col" className={th}>Biaya</th>
            <th scope="col" className={th}>Batas waktu</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`border-t border-slate-200 ${standingRowClass(r.standing)}`}>
              <td className={`${td} whitespace-nowrap`}>
                <Link href={`/kantor/permohonan/${r.id}`} className="font-semibold text-brand-800 underline">{r.number}</Link>
              </td>
              <td className={`${td} whitespace-nowrap`}>{date(r.receivedDate)}</td>
              <td className={td}>{r.requesterName}</td>
              <td className={td}>
                {r.phone}
                {r.email && <span className="block break-all">{r.email}</span>}
              </td>
              <td className={td}>{r.occupation ?? "—"}</td>
              <td className={`${td} max-w-xs`}>{r.informationRequested}</td>
              <td className={`${td} max-w-xs`}>{r.purpose}</td>
              <td className={td}>{r.held}</td>
              <td className={td}>
                {r.obtainMethod}; {r.deliveryMethod}
                {(r.informationForm || r.medium) && <span className="block text-slate-700">Diberikan: {[r.informationForm, r.medium].filter(Boolean).join(", ")}</span>}
              </td>
              <td className={td}>{r.channelLabel}</td>
              <td className={td}>
                {r.statusLabel}
                {r.outcomeLabel && <span className="block font-medium">{r.outcomeLabel}</span>}
              </td>
              <td className={td}>{r.refusalArticle ?? "—"}</td>
              <td className={`${td} whitespace-nowrap`}>
                {date(r.noticeDate)}
                {r.deliveredOn && <span className="block text-slate-700">Diserahkan {date(r.deliveredOn)}</span>}
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatRupiah(r.feeAmount)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {date(r.dueDate)}
                <span className="block"><DeadlineBadge standing={r.standing} /></span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
