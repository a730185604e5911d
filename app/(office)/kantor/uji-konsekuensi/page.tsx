import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-labels";
import type { ConsequenceConclusion } from "@/lib/domain/dip-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { formatPasal17 } from "@/lib/domain/pasal-17";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { listConsequenceTests } from "@/lib/server/queries/dip-office";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Uji konsekuensi" };

const day = (d: Date) => formatDateId(fromDbDate(d));

export default async function ConsequenceTestsPage() {
  const user = await requirePermission("consequence_test.manage", "/kantor/uji-konsekuensi");
  const tests = await listConsequenceTests();
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Informasi hanya dapat dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 2 ayat (4), Pasal 17, Pasal 19) dan tidak bersifat permanen (Pasal 20).">
        Uji konsekuensi
      </PageTitle>
      <p className="mb-4">
        <Link href="/kantor/uji-konsekuensi/baru" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Catat uji konsekuensi
        </Link>
      </p>
      {tests.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Belum ada uji konsekuensi.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Daftar uji konsekuensi</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Informasi</th>
                <th scope="col" className="px-3 py-2">Dasar</th>
                <th scope="col" className="px-3 py-2">Kesimpulan</th>
                <th scope="col" className="px-3 py-2">Berlaku sampai</th>
                <th scope="col" className="px-3 py-2">SK</th>
                <th scope="col" className="px-3 py-2">Entri DIP</th>
              </tr>
            </thead>
            <tbody>
              {tests.map((t) => (
                <tr key={t.id} className="border-t border-slate-200">
                  <td className="px-3 py-2">
                    <Link href={`/kantor/uji-konsekuensi/${t.id}`} className="text-brand-800 underline">{t.information}</Link>
                  </td>
                  <td className="px-3 py-2">{[formatPasal17(t.pasal17Letters), t.otherLegalBasis].filter(Boolean).join("; ") || "—"}</td>
                  <td className="px-3 py-2">{CONSEQUENCE_CONCLUSION_LABELS[t.conclusion as ConsequenceConclusion]}</td>
                  <td className="px-3 py-2">{t.exemptUntil ? day(t.exemptUntil) : (t.exemptionPeriod ?? "—")}</td>
                  <td className="px-3 py-2">{t.decisionNumber}<br /><span className="text-slate-700">{day(t.decisionDate)}</span></td>
                  <td className="px-3 py-2">{t._count.dipEntries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficeFrame>
  );
}
