import type { Metadata } from "next";
import { RequesterObjections } from "@/components/objections/requester-objections";
import { RequestStatusView } from "@/components/requests/request-status-view";
import { TrackForm } from "@/components/requests/track-form";
import { SurveyOffer } from "@/components/survey/survey-offer";
import { PageTitle } from "@/components/ui/page-title";
import { getOffice } from "@/lib/server/queries/office";
import { loadRequesterObjections } from "@/lib/server/queries/request-objections";
import { getSurveyOffer } from "@/lib/server/queries/survey-results";
import { trackRequestById } from "@/lib/server/queries/track-request";
import { trackedRequestId } from "@/lib/server/tracking-session";

export const metadata: Metadata = { title: "Lacak permohonan" };
export const dynamic = "force-dynamic";

/**
 * Number + access code from the receipt; no account needed. The form posts them; a match opens the
 * request here for 30 minutes (signed cookie). Links on letters and the receipt's QR code carry only
 * the number (?nomor=), which fills the form in.
 */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ nomor?: string }> }) {
  const { nomor } = await searchParams;
  const openId = await trackedRequestId();
  const [found, office] = await Promise.all([openId ? trackRequestById(openId) : null, getOffice()]);
  const [surveyOffer, objections] = found
    ? await Promise.all([getSurveyOffer(found), loadRequesterObjections(found.id, { offerObjection: false, now: new Date() })])
    : [null, null];
  return (
    <>
      <PageTitle lead="Masukkan nomor pendaftaran dan kode akses yang tertera pada tanda bukti penerimaan permohonan Anda.">
        Lacak permohonan
      </PageTitle>
      <TrackForm number={typeof nomor === "string" ? nomor.slice(0, 60) : found?.number} />
      {found && <RequestStatusView view={found} timeZone={office.timeZone} />}
      {found && <SurveyOffer offer={surveyOffer} />}
      {objections && <RequesterObjections view={objections} />}
    </>
  );
}
