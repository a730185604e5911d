import type { Metadata } from "next";
import { MailPreferencesForm } from "@/components/mail/mail-preferences-form";
import { PageTitle } from "@/components/ui/page-title";
import { mailChoicesFor } from "@/lib/domain/notifications";
import { saveCitizenMailPreferencesAction } from "@/lib/actions/mail-preference-actions";
import { requirePermission } from "@/lib/server/session";
import { loadMailOptOut } from "@/lib/server/services/update-mail-preferences";

export const metadata: Metadata = { title: "Pemberitahuan surel" };

export default async function CitizenMailPage() {
  const user = await requirePermission("account.access", "/akun/surel");
  const optOut = await loadMailOptOut(user.id);
  const choices = mailChoicesFor(user.role).map((c) => ({ ...c, on: !optOut.includes(c.key) }));
  return (
    <>
      <PageTitle lead={`Surel dikirim ke ${user.email}.`}>Pemberitahuan surel</PageTitle>
      <p className="mb-4 max-w-prose">
        Tanda bukti penerimaan, permintaan melengkapi, perpanjangan, keputusan, penyerahan informasi, dan tanggapan atas keberatan
        selalu dikirim, karena wajib disampaikan kepada Anda. Pemberitahuan lain dapat Anda matikan di sini.
      </p>
      <MailPreferencesForm choices={choices} action={saveCitizenMailPreferencesAction} />
    </>
  );
}
