import type { Metadata } from "next";
import Link from "next/link";
import { MapEntryForm, UnmapEntryButton } from "@/components/dip-compliance/compliance-map-forms";
import { ComplianceBadge } from "@/components/dip-compliance/status-badge";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { COMPLIANCE_CATEGORY_LABELS, COMPLIANCE_STATUS_LABELS, type ComplianceCategory } from "@/lib/domain/dip-compliance";
import { formatDateId } from "@/lib/domain/format-date";
import { can, isUnitBound } from "@/lib/domain/permissions";
import { ZComplianceQuery } from "@/lib/schemas/dip-compliance";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getComplianceReport, listMappableEntries } from "@/lib/server/queries/dip-compliance";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Kesiapan DIP" };

const CATEGORIES: ComplianceCategory[] = ["BERKALA", "SETIAP_SAAT", "SERTA_MERTA"];

export default async function CompliancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("dip.compliance_view", "/kantor/dip/kepatuhan");
  const query = ZComplianceQuery.parse(await searchParams);
  const units = await listActiveUnitChoices();
  // A PPID Pelaksana sees their own unit; others choose (default: the whole office).
  const unitId = isUnitBound(user.role) ? user.unitId : units.some((u) => u.id === query.unit) ? query.unit! : null;
  const mayMap = can(user.role, "dip.compliance_map");
  const [report, entries] = await Promise.all([getComplianceReport(unitId), mayMap ? listMappableEntries() : Promise.resolve([])]);
  const unitName = units.find((u) => u.id === unitId)?.name ?? "Seluruh kantor";
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Daftar informasi yang wajib diumumkan setiap badan publik (UU 14/2008 Pasal 9, 10, 11) dan entri DIP yang memenuhinya. Informasi berkala yang tidak diperbarui dalam enam bulan ditandai kedaluwarsa. Gunakan sebelum monitoring dan evaluasi Komisi Informasi.">
        Kesiapan Daftar Informasi Publik
      </PageTitle>
      {!isUnitBound(user.role) && (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="q-unit" className="block font-medium">Unit</label>
            <select id="q-unit" name="unit" defaultValue={unitId ?? ""} className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2">
              <option value="">Seluruh kantor</option>
              {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Tampilkan</button>
        </form>
      )}
      <p className="mb-4">
        <strong>{unitName}</strong>, per {formatDateId(report.today)}:{" "}
        {CATEGORIES.map((c) => `${COMPLIANCE_CATEGORY_LABELS[c]} ${report.summary[c].PRESENT}/${report.summary[c].total} tersedia`).join(" · ")}.
      </p>
      {CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`kat-${category}`} className="mb-8">
          <h2 id={`kat-${category}`} className="mb-2 text-xl font-semibold text-brand-900">{COMPLIANCE_CATEGORY_LABELS[category]}</h2>
          <ul className="space-y-3">
            {report.rows.filter((r) => r.item.category === category).map(({ item, check, entries: mapped }) => (
              <li key={item.code} className="rounded border border-slate-200 bg-white p-3" data-testid={`compliance-${item.code}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">{item.code}. {item.title}</p>
                    <p className="text-xs text-slate-600">{item.article}{item.periodMonths ? ` · diperbarui paling lambat setiap ${item.periodMonths} bulan` : ""}</p>
                  </div>
                  <span data-testid={`status-${item.code}`}><ComplianceBadge status={check.status} /></span>
                </div>
                {check.dueBy && (
                  <p className="mt-1 text-sm">Pembaruan terakhir {formatDateId(check.lastUpdated!)}; {check.status === "STALE" ? "seharusnya diperbarui" : "perbarui paling lambat"} {formatDateId(check.dueBy)}.</p>
                )}
                {mapped.length > 0 && (
                  <ul className="mt-2 list-disc pl-6 text-sm">
                    {mapped.map((e) => (
                      <li key={e.id}>
                        <Link className="text-brand-700 underline" href={`/kantor/dip/${e.id}`}>{e.number} {e.title}</Link>{" "}
                        ({e.unitName}; {e.status === "PUBLISHED" ? `terbit, diperbarui ${formatDateId(e.lastUpdated)}` : "belum terbit"})
                        {mayMap && <UnmapEntryButton itemCode={item.code} dipEntryId={e.id} label={e.number} />}
                      </li>
                    ))}
                  </ul>
                )}
                {mayMap && (
                  <MapEntryForm
                    itemCode={item.code}
                    options={entries.filter((e) => e.category === item.category && !mapped.some((m) => m.id === e.id)).map((e) => ({ id: e.id, label: `${e.number} ${e.title} (${e.unit.name})` }))}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="text-sm text-slate-700">Keterangan: {Object.values(COMPLIANCE_STATUS_LABELS).join(", ")}. Hanya entri yang sudah terbit yang dihitung.</p>
    </OfficeFrame>
  );
}
