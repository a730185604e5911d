import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { AttachmentList } from "@/components/objections/attachment-list";
import { CaseLog } from "@/components/objections/case-log";
import { DoneMessage } from "@/components/objections/done-message";
import { DisputeDetailsForm, DisputeDocumentForm, DisputeStepForms } from "@/components/objections/dispute-step-forms";
import { CourtStageList } from "@/components/objections/court-stage-list";
import { LetterList } from "@/components/objections/letter-list";
import { mediationWarning } from "@/lib/domain/court-stages";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { DISPUTE_WORKFLOW, type DisputeOutcome, type DisputeStatus } from "@/lib/domain/dispute-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { DISPUTE_OUTCOME_LABELS, DISPUTE_STATUS_LABELS } from "@/lib/domain/labels";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import { can } from "@/lib/domain/permissions";
import { transitionOptions } from "@/lib/domain/workflow";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getDisputeCase } from "@/lib/server/queries/disputes";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Sengketa informasi" };

const H2 = "mb-3 mt-8 text-xl font-semibold";
const dates = (list: Date[]) => (list.length === 0 ? "—" : list.map((d) => formatDateId(fromDbDate(d))).join(", "));

export default async function DisputePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string; selesai?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("request.view_any", `/kantor/sengketa/${id}`);
  const found = await getDisputeCase({ role: user.role, userId: user.id, unitId: user.unitId }, id);
  if (!found) notFound();
  const { baru, selesai } = await searchParams;
  const { dispute: d, timeZone, disputeFilingDeadline, kiPeriods: ki, courtStages } = found;
  const o = d.objection;
  const status = d.status as DisputeStatus;
  const recorder = can(user.role, "dispute.record");
  const mediationNote = mediationWarning(o.grounds as ObjectionGround[]);
  const options = recorder ? transitionOptions(DISPUTE_WORKFLOW, status, user.role, {
        grounds: o.grounds as ObjectionGround[],
        courtStages: courtStages.map((c) => ({ court: c.court, ruled: c.rulingDate !== null, rulingDate: c.rulingDate, rulingReceivedOn: c.rulingReceivedOn })),
      }) : [];
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2"><Link href="/kantor/sengketa" className="underline">← Sengketa informasi</Link></p>
      <PageTitle lead={`${d.commission} · Status: ${DISPUTE_STATUS_LABELS[status]}${d.outcome ? ` — ${DISPUTE_OUTCOME_LABELS[d.outcome as DisputeOutcome]}` : ""}`}>
        Sengketa atas keberatan {o.number}
      </PageTitle>
      {baru && <FormAlert tone="success" message="Sengketa dicatat." />}
      <DoneMessage done={selesai} />
      {recorder && (
        <p className="mb-6">
          <a href={`/api/kantor/sengketa/${d.id}/bundle`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Unduh berkas sengketa (PDF)
          </a>
          <span className="ml-3 text-sm">Satu berkas: permohonan, tanda bukti, pemberitahuan, keberatan, tanggapan Atasan PPID, dan riwayat lengkap.</span>
        </p>
      )}
      <dl className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-700">Nomor register KI</dt><dd>{d.registerNumber ?? "Belum ada"}</dd></div>
        <div><dt className="text-sm text-slate-700">Keberatan</dt><dd><Link href={`/kantor/keberatan/${o.id}`} className="text-brand-700 underline">{o.number}</Link> (permohonan {o.request.number})</dd></div>
        <div><dt className="text-sm text-slate-700">Tanggal pengajuan</dt><dd>{formatDateId(fromDbDate(d.filedOn))}</dd></div>
        <div><dt className="text-sm text-slate-700">Batas waktu pengajuan (Pasal 37 ayat (2))</dt><dd>{disputeFilingDeadline ? formatDateId(disputeFilingDeadline) : "—"}</dd></div>
        {d.lateFilingReason && <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Dicatat di luar batas waktu, dengan alasan</dt><dd>{d.lateFilingReason}</dd></div>}
        <div><dt className="text-sm text-slate-700">Sidang mediasi</dt><dd>{dates(d.mediationDates)}</dd></div>
        <div><dt className="text-sm text-slate-700">Sidang ajudikasi</dt><dd>{dates(d.adjudicationDates)}</dd></div>
        {d.rulingText && <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Putusan / kesepakatan ({d.rulingDate ? formatDateId(fromDbDate(d.rulingDate)) : "—"})</dt><dd className="whitespace-pre-line">{d.rulingText}</dd></div>}
        {d.complianceNote && <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Pelaksanaan putusan</dt><dd className="whitespace-pre-line">{d.complianceNote}</dd></div>}
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-700">Jangka waktu Komisi Informasi (UU 14/2008 Pasal 38, sebagai informasi)</dt>
          <dd>Mulai menyelesaikan paling lambat {formatDateId(ki.startBy)}; selesai paling lambat {formatDateId(ki.finishBy)}.</dd>
        </div>
      </dl>
      {mediationNote && status === "FILED" && (
        <p className="mt-3 border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-900">{mediationNote}</p>
      )}
      {courtStages.length > 0 && (
        <section aria-labelledby="pengadilan">
          <h2 id="pengadilan" className={H2}>Tahap pengadilan (UU 14/2008 Pasal 47–50)</h2>
          <CourtStageList stages={courtStages} />
        </section>
      )}
      {recorder && (
        <section aria-labelledby="langkah">
          <h2 id="langkah" className={H2}>Catat langkah</h2>
          <DisputeStepForms disputeId={d.id} options={options.map(({ event, label, enabled, reason }) => ({ event, label, enabled, reason }))} today={toOfficeLocalDate(new Date(), timeZone)} />
          {status !== "CLOSED" && (
            <div className="mt-3 grid gap-3 lg:grid-cols-2">
              <DisputeDetailsForm disputeId={d.id} commission={d.commission} registerNumber={d.registerNumber} inSession={status === "MEDIATION" || status === "ADJUDICATION"} />
              <DisputeDocumentForm disputeId={d.id} />
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="dokumen"><h2 id="dokumen" className={H2}>Dokumen sengketa</h2><AttachmentList files={d.attachments} showPersonal={false} /></section>
      <section aria-labelledby="surat"><h2 id="surat" className={H2}>Surat keberatan</h2><LetterList letters={o.letters} /></section>
      <section aria-labelledby="riwayat"><h2 id="riwayat" className={H2}>Riwayat sengketa</h2><CaseLog entries={d.events} timeZone={timeZone} /></section>
    </OfficeFrame>
  );
}
