import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";

export type ComplaintTableRow = {
  id: string;
  number: string;
  category: string;
  statusLabel: string;
  submittedOn: string;
  officialConcerned: string;
  unitName: string | null;
  assignee: string | null;
};

/** The complaint register (office) or a citizen's own list (no links, no assignee). */
export function ComplaintTable({ rows, office, caption }: { rows: ComplaintTableRow[]; office: boolean; caption: string }) {
  if (rows.length === 0) return <p className="rounded border border-slate-200 bg-white p-4">Belum ada pengaduan.</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Nomor</th>
            <th scope="col" className="px-3 py-2">Diterima</th>
            <th scope="col" className="px-3 py-2">Jenis</th>
            <th scope="col" className="px-3 py-2">Yang diadukan</th>
            <th scope="col" className="px-3 py-2">Status</th>
            {office && <th scope="col" className="px-3 py-2">Petugas</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <td className="whitespace-nowrap px-3 py-2">
                {office ? <Link className="text-brand-800 underline" href={`/kantor/pengaduan/${r.id}`}>{r.number}</Link> : r.number}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDateId(r.submittedOn)}</td>
              <td className="px-3 py-2">{r.category}</td>
              <td className="px-3 py-2">{r.officialConcerned}{r.unitName ? ` (${r.unitName})` : ""}</td>
              <td className="px-3 py-2">{r.statusLabel}</td>
              {office && <td className="px-3 py-2">{r.assignee ?? "—"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
