import type { Metadata } from "next";
import Link from "next/link";
import { DipEntryForm } from "@/components/dip-office/dip-entry-form";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { testOptions } from "@/components/dip-office/test-options";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { isUnitBound } from "@/lib/domain/permissions";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { listExemptingTests } from "@/lib/server/queries/dip-office";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Tambah entri DIP" };

export default async function NewDipEntryPage() {
  const user = await requirePermission("dip.propose", "/kantor/dip/baru");
  const [units, tests, office] = await Promise.all([listActiveUnitChoices(), listExemptingTests(), getOffice()]);
  const year = toOfficeLocalDate(new Date(), office.timeZone).slice(0, 4);
  // A PPID Pelaksana proposes for their own unit only (Permendagri 3/2017).
  const fixed = isUnitBound(user.role);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2">
        <Link href="/kantor/dip" className="underline">← Informasi publik (DIP)</Link>
      </p>
      <PageTitle lead="Entri disimpan sebagai draf. Unggah dokumennya, lalu ajukan kepada PPID Utama untuk disahkan dan diterbitkan.">
        Tambah entri DIP
      </PageTitle>
      {fixed && !user.unitId ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3">
          Akun Anda belum terhubung ke unit. Minta administrator menghubungkannya.
        </p>
      ) : (
        <DipEntryForm
          units={fixed ? null : units.map((u) => ({ value: u.id, label: u.name }))}
          fixedUnitName={user.unitName ?? undefined}
          tests={testOptions(tests)}
          defaults={{ year, producedWhere: office.city, form: "SOFTCOPY" }}
        />
      )}
    </OfficeFrame>
  );
}
