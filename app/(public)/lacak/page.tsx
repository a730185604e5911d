import type { Metadata } from "next";
import { RequestStatusView } from "@/components/requests/request-status-view";
import { RequesterObjections } from "@/components/objections/requester-objections";
import { SurveyOffer } from "@/components/survey/survey-offer";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { getOffice } from "@/lib/server/queries/office";
import { getSurveyOffer } from "@/lib/server/queries/survey-results";
import { trackRequest } from "@/lib/server/queries/track-request";

export const metadata: Metadata = { title: "Lacak permohonan" };
export const dynamic = "force-dynamic";

const inputCls = "mt-1 rounded border border-slate-400 bg-white px-3 py-2";

/** Number + access code from the receipt; no account needed (GET form: the QR code links here). */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ nomor?: string; kode?: string }> }) {
  const { nomor, kode } = await searchParams;
  const asked = Boolean(nomor || kode);
  const [found, office] = await Promise.all([nomor && kode ? trackRequest(nomor.slice(0, 60), kode.slice(0, 20)) : null, getOffice()]);
  const surveyOffer = found ? await getSurveyOffer(found) : null;
  return (
    <>
      <PageTitle lead="Masukkan nomor pendaftaran dan kode akses yang tertera pada tanda bukti penerimaan permohonan Anda.">
        Lacak permohonan
      </PageTitle>
      <form method="get" className="mb-6 flex max-w-2xl flex-wrap items-end gap-3">
        <div>
          <label htmlFor="nomor" className="block font-medium">Nomor pendaftaran</label>
          <input id="nomor" name="nomor" defaultValue={nomor} required placeholder="001/PMH/…/2026" className={inputCls} />
        </div>
        <div>
          <label htmlFor="kode" className="block font-medium">Kode akses</label>
          <input id="kode" name="kode" defaultValue={kode} required autoComplete="off" className={`${inputCls} font-mono uppercase`} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Lacak</button>
      </form>
      {asked && !found && (
        <FormAlert message="Permohonan tidak ditemukan. Periksa kembali nomor pendaftaran dan kode akses (huruf besar atau kecil tidak berpengaruh)." />
      )}
      {found && <RequestStatusView view={found} timeZone={office.timeZone} accessCode={found.accessCode} />}
      {found && <SurveyOffer offer={surveyOffer} />}
      {found && <RequesterObjections requestId={found.id} code={found.accessCode} />}
    </>
  );
}
