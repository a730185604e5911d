import type { Metadata } from "next";
import Link from "next/link";
import { SurveyForm } from "@/components/survey/survey-form";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { getSurveyInvitation } from "@/lib/server/queries/survey-results";

export const metadata: Metadata = { title: "Survei Kepuasan Masyarakat", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Any bytes in the address: a malformed escape is just an invalid link, never a 500. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/** The one-time survey of a closed request (link on the tracking page and in the closing mail). */
export default async function RequestSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token: raw } = await params;
  const token = safeDecode(raw).slice(0, 100);
  const invitation = await getSurveyInvitation(token);
  return (
    <>
      <PageTitle lead="Penilaian Anda atas layanan permohonan informasi ini. Survei ini tanpa nama.">Survei Kepuasan Masyarakat</PageTitle>
      {invitation.state === "invalid" && <FormAlert message="Tautan survei tidak valid. Buka survei dari halaman Lacak Permohonan." />}
      {invitation.state === "not_closed" && <FormAlert message={`Permohonan ${invitation.number} belum selesai. Survei dapat diisi setelah permohonan selesai.`} />}
      {invitation.state === "done" && <FormAlert tone="success" message={`Survei untuk permohonan ${invitation.number} sudah diisi. Terima kasih atas penilaian Anda.`} />}
      {invitation.state === "open" && (
        <>
          <p className="mb-6">Permohonan nomor <strong>{invitation.number}</strong>. Survei ini hanya dapat diisi satu kali.</p>
          <SurveyForm token={token} />
        </>
      )}
      {invitation.state !== "open" && (
        <p><Link className="underline" href="/survei/hasil">Lihat hasil survei</Link></p>
      )}
    </>
  );
}
