import type { Metadata } from "next";
import { OfficeFrame } from "@/components/layout/office-frame";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageTitle } from "@/components/ui/page-title";
import { SUPPORTED_TIME_ZONES, TIME_ZONE_LABELS } from "@/lib/domain/calendar";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Pengaturan kantor" };

export default async function SettingsPage() {
  const user = await requirePermission("settings.manage", "/kantor/pengaturan");
  const office = await getOffice();
  const zones = SUPPORTED_TIME_ZONES.map((z) => ({ value: z, label: `${TIME_ZONE_LABELS[z].abbreviation} — ${TIME_ZONE_LABELS[z].name} (${z})` }));
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Identitas, kontak, jam layanan, dan profil yang tampil di halaman publik. Perubahan zona waktu, jam layanan, atau jangka waktu kelengkapan langsung menghitung ulang batas waktu perkara yang berjalan.">
        Pengaturan kantor
      </PageTitle>
      <SettingsForm office={office} zones={zones} />
    </OfficeFrame>
  );
}
