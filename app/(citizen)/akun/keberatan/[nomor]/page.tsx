import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseLog } from "@/components/objections/case-log";
import { CitizenObjectionActions } from "@/components/objections/citizen-objection-actions";
import { DoneMessage } from "@/components/objections/done-message";
import { DisputeRight } from "@/components/objections/dispute-right";
import { ObjectionChain } from "@/components/objections/objection-chain";
import { ObjectionDetails } from "@/components/objections/objection-details";
import { WindowWarning } from "@/components/objections/window-warning";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { OBJECTION_WORKFLOW, type ObjectionStatus } from "@/lib/domain/objection-workflow";
import { numberToSlug, slugToNumber } from "@/lib/domain/request-intake";
import type { RequestOutcome, RequestStatus } from "@/lib/domain/request-workflow";
import { transitionOptions } from "@/lib/domain/workflow";
import { getMyObjection } from "@/lib/server/queries/objection-case";
import { objectionChainForRequest } from "@/lib/server/queries/objection-chain";
import { responseDueDate } from "@/lib/server/queries/objection-facts";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getOffice } from "@/lib/server/queries/office";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Keberatan saya" };

const H2 = "mb-3 mt-8 text-xl font-semibold";

export default async function MyObjectionPage({ params, searchParams }: { params: Promise<{ nomor: string }>; searchParams: Promise<{ baru?: string; selesai?: string }> }) {
  const { nomor } = await params;
  const user = await requirePermission("objection.file_own", `/akun/keberatan/${nomor}`);
  const number = slugToNumber(decodeURIComponent(nomor));
  const found = number ? await getMyObjection(user.id, number, new Date()) : null;
  if (!found) notFound();
  const [{ baru, selesai }, office, config] = await Promise.all([searchParams, getOffice(), getCalendarConfig()]);
  const { objection: o, context, disputeFilingDeadline, timeZone } = found;
  const r = o.request;
  const chain = await objectionChainForRequest(r.id);
  const options = transitionOptions(OBJECTION_WORKFLOW, o.status as ObjectionStatus, "CITIZEN", context);
  return (
    <>
      <p className="mb-2"><Link href="/akun/keberatan" className="underline">← Keberatan saya</Link></p>
      <PageTitle lead={`Atas permohonan ${r.number}. Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36).`}>
        Keberatan {o.number}
      </PageTitle>
      {baru && <FormAlert tone="success" message={`Keberatan Anda diterima dengan nomor ${o.number}. Tanda terima dapat diunduh di bawah.`} />}
      {o.windowWarning && <WindowWarning warning={o.windowWarning} />}
      <DoneMessage done={selesai} />
      <section aria-labelledby="alur">
        <h2 id="alur" className={H2}>Alur perkara dan batas waktunya</h2>
        <div className="mb-4 rounded border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">
            Permohonan <Link href={`/akun/permohonan/${numberToSlug(r.number)}`} className="text-brand-700 underline">{r.number}</Link>
          </h3>
          <p>
            {REQUEST_STATUS_LABELS[r.status as RequestStatus]}
            {r.outcome ? ` — ${REQUEST_OUTCOME_LABELS[r.outcome as RequestOutcome]}` : ""} · batas waktu jawaban {formatDateId(responseDueDate(r, config))}
            {r.noticeDate ? ` · pemberitahuan tertulis ${formatDateId(fromDbDate(r.noticeDate))}` : ""}
          </p>
        </div>
        <ObjectionChain objections={chain} komisi={office.komisiInformasi} linkToAccount />
      </section>
      {options.some((x) => x.enabled) && (
        <section aria-labelledby="tanggapan">
          <h2 id="tanggapan" className={H2}>Tanggapan Anda</h2>
          <CitizenObjectionActions objectionId={o.id} options={options} komisi={office.komisiInformasi} />
        </section>
      )}
      {o.outcome !== "WITHDRAWN" && o.outcome !== "SETTLED" && (
        <section aria-labelledby="sengketa" className="mt-8">
          <h2 id="sengketa" className="sr-only">Hak mengajukan sengketa</h2>
          <DisputeRight komisi={office.komisiInformasi} deadline={disputeFilingDeadline} answered={o.answerDate !== null} />
        </section>
      )}
      <section aria-labelledby="isi"><h2 id="isi" className={H2}>Isi keberatan</h2><ObjectionDetails o={o} timeZone={timeZone} /></section>
      <section aria-labelledby="riwayat"><h2 id="riwayat" className={H2}>Riwayat keberatan</h2><CaseLog entries={o.events} timeZone={timeZone} showActorNames={false} /></section>
    </>
  );
}
