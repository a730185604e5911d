import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompletionForm } from "@/components/requests/completion-form";
import { RequestStatusView } from "@/components/requests/request-status-view";
import { WithdrawRequestForm } from "@/components/requests/withdraw-request-form";
import { RequesterObjections } from "@/components/objections/requester-objections";
import { SurveyOffer } from "@/components/survey/survey-offer";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { formatOfficeDateId } from "@/lib/domain/dip-format";
import { REQUESTER_TYPE_LABELS, slugToNumber, type RequesterType } from "@/lib/domain/request-intake";
import { deliveryMethodLabel, obtainMethodLabel } from "@/lib/domain/request-form-labels";
import { getMyRequest } from "@/lib/server/queries/my-requests";
import { getOffice } from "@/lib/server/queries/office";
import { loadRequesterObjections } from "@/lib/server/queries/request-objections";
import { getSurveyOffer } from "@/lib/server/queries/survey-results";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Permohonan saya" };

type Props = { params: Promise<{ nomor: string }>; searchParams: Promise<{ ditarik?: string; dilengkapi?: string }> };

const FILE_LABELS: Record<string, string> = {
  KTP: "KTP",
  LEGAL_ENTITY_DOC: "Dokumen badan hukum",
  POWER_OF_ATTORNEY: "Surat kuasa",
  SUPPORTING: "Dokumen pendukung",
  COMPLETION: "Kelengkapan persyaratan",
  DELIVERED_INFORMATION: "Informasi yang diserahkan",
};

/** One of the citizen's own requests: found by number AND the session's user id, never by id alone. */
export default async function MyRequestPage({ params, searchParams }: Props) {
  const { nomor } = await params;
  const user = await requirePermission("request.view_own", `/akun/permohonan/${encodeURIComponent(nomor)}`);
  const number = slugToNumber(decodeURIComponent(nomor));
  const [request, office, flags] = await Promise.all([number ? getMyRequest(user, number) : null, getOffice(), searchParams]);
  if (!request) notFound();
  const [surveyOffer, objections] = await Promise.all([getSurveyOffer(request), loadRequesterObjections(request.id, { offerObjection: true, now: new Date() })]);
  const asked = request.status === "AWAITING_COMPLETION" ? ([...request.timeline].reverse().find((t) => t.event === "REQUEST_COMPLETION")?.note ?? null) : null;
  const r = request.requester;
  const rows: [string, string | null][] = [
    ["Jenis pemohon", REQUESTER_TYPE_LABELS[r.type as RequesterType] ?? r.type],
    ["Badan hukum/kelompok", r.organization],
    ["Nama", r.name],
    ["NIK", r.nik],
    ["Alamat", r.address],
    ["Telepon", r.phone],
    ["Surel", r.email],
    ["Pekerjaan", r.occupation],
    ["Tujuan penggunaan", request.purpose],
    ["Cara memperoleh informasi", obtainMethodLabel(request.obtainMethod)],
    ["Cara mendapatkan salinan", deliveryMethodLabel(request.deliveryMethod)],
  ];
  return (
    <>
      <p className="mb-2"><Link href="/akun" className="text-brand-700 underline">← Permohonan saya</Link></p>
      <PageTitle>Permohonan {request.number}</PageTitle>
      {flags.ditarik && <FormAlert tone="success" message="Permohonan telah ditarik." />}
      {flags.dilengkapi && <FormAlert tone="success" message="Kelengkapan persyaratan terkirim. Petugas akan memeriksanya kembali." />}
      <RequestStatusView view={request} timeZone={office.timeZone} titled={false}>
        {request.actions.submitCompletion && <CompletionForm requestId={request.id} asked={asked} />}
      </RequestStatusView>
      <SurveyOffer offer={surveyOffer} />
      <RequesterObjections view={objections} inAccount />
      <section aria-labelledby="data-permohonan" className="mt-6">
        <h2 id="data-permohonan" className="text-lg font-semibold">Data yang Anda isi</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_1fr]">
          {rows.filter(([, value]) => value).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
        {request.attachments.length > 0 && (
          <ul className="mt-3 space-y-1">
            {request.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/dokumen/${a.id}`} className="text-brand-700 underline">{FILE_LABELS[a.purpose] ?? a.purpose}: {a.fileName}</a>
                <span className="text-sm text-slate-700"> · diunggah {formatOfficeDateId(new Date(a.createdAt), office.timeZone)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {request.actions.withdraw && <WithdrawRequestForm requestId={request.id} />}
    </>
  );
}
