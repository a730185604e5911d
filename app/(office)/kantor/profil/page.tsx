import type { Metadata } from "next";
import { OfficeFrame } from "@/components/layout/office-frame";
import { MailPreferencesForm } from "@/components/mail/mail-preferences-form";
import { PageTitle } from "@/components/ui/page-title";
import { mailChoicesFor } from "@/lib/domain/notifications";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { saveStaffMailPreferencesAction } from "@/lib/actions/mail-preference-actions";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { requirePermission } from "@/lib/server/session";
import { loadMailOptOut } from "@/lib/server/services/update-mail-preferences";

export const metadata: Metadata = { title: "Profil dan surel" };

export default async function StaffProfilePage() {
  const user = await requirePermission("office.access", "/kantor/profil");
  const optOut = await loadMailOptOut(user.id);
  const choices = mailChoicesFor(user.role).map((c) => ({ ...c, on: !optOut.includes(c.key) }));
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead={`${user.name} · ${ROLE_LABELS[user.role]}${user.unitName ? ` · ${user.unitName}` : ""} · ${user.email}`}>
        Profil dan surel
      </PageTitle>
      <p className="mb-4 max-w-prose">
        Pilih pemberitahuan dan pengingat yang dikirim ke surel Anda. Pengingat dikirim hanya pada hari kerja, sekali per perkara
        per hari.
      </p>
      <MailPreferencesForm choices={choices} action={saveStaffMailPreferencesAction} />
    </OfficeFrame>
  );
}
