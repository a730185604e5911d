import { COMPLIANCE_CATEGORY_LABELS, type ComplianceCategory } from "@/lib/domain/dip-compliance";
import { formatDateId } from "@/lib/domain/format-date";
import type { PublicComplianceSummary } from "@/lib/view-types/dip";

const CATEGORIES: ComplianceCategory[] = ["BERKALA", "SETIAP_SAAT", "SERTA_MERTA"];

/** Profil: how much of what the law requires is published (UU 14/2008 Pasal 9–11). */
export function PublicComplianceSummaryView({ data }: { data: PublicComplianceSummary }) {
  if (!data) return null;
  return (
    <>
      <h2>Kesiapan Daftar Informasi Publik</h2>
      <p>Informasi yang wajib diumumkan menurut UU 14/2008 dan yang sudah tersedia di Daftar Informasi Publik, per {formatDateId(data.today)}:</p>
      <table className="w-full rounded border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">Kesiapan Daftar Informasi Publik per kategori</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Kategori</th>
            <th scope="col" className="px-3 py-2 text-right">Tersedia</th>
            <th scope="col" className="px-3 py-2 text-right">Perlu diperbarui</th>
            <th scope="col" className="px-3 py-2 text-right">Belum ada</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">{COMPLIANCE_CATEGORY_LABELS[c]}</th>
              <td className="px-3 py-2 text-right">{data.summary[c].PRESENT} dari {data.summary[c].total}</td>
              <td className="px-3 py-2 text-right">{data.summary[c].STALE}</td>
              <td className="px-3 py-2 text-right">{data.summary[c].MISSING}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.stale.length > 0 && <p>Sedang diperbarui: {data.stale.join("; ")}.</p>}
      {data.missing.length > 0 && <p>Belum tersedia: {data.missing.join("; ")}. Informasi ini dapat dimohonkan melalui permohonan informasi.</p>}
    </>
  );
}
