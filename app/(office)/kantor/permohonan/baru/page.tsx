import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { OfficeFrame } from "@/components/layout/office-frame";
import { RequestForm } from "@/components/requests/request-form";
import { PageTitle } from "@/components/ui/page-title";
import { timeZoneAbbreviation, toOfficeLocalDateTime } from "@/lib/domain/calendar";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Catat permohonan" };
export const dynamic = "force-dynamic";

/**
 * UU 14/2008 Pasal 22(1),(4): a request that came in person, by post, e-mail or phone is entered
 * with its real moment of receipt; the register number and the receipt follow at once.
 */
export default async function RegisterRequestPage() {
  const user = await requirePermission("request.register_on_behalf", "/kantor/permohonan/baru");
  const [office, units] = await Promise.all([getOffice(), listActiveUnitChoices()]);
  const now = toOfficeLocalDateTime(new Date(), office.timeZone);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Catat permohonan yang diterima langsung di meja layanan, melalui pos, surel, atau telepon. Isi tanggal dan jam sebenarnya permohonan diterima: batas waktu dihitung dari saat itu, bukan dari saat pencatatan.">
        Catat permohonan
      </PageTitle>
      <RequestForm
        mode="desk"
        submissionKey={randomUUID()}
        zoneLabel={timeZoneAbbreviation(office.timeZone)}
        defaults={{ channel: "WALK_IN", requesterType: "INDIVIDUAL", receivedDate: now.date, receivedTime: now.time }}
        units={units.map((u) => ({ value: u.id, label: u.name }))}
      />
    </OfficeFrame>
  );
}
