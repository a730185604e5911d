import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AttachmentList } from "@/components/objections/attachment-list";
import { CaseLog } from "@/components/objections/case-log";
import { DeadlineBadge } from "@/components/objections/deadline-badge";
import { DoneMessage } from "@/components/objections/done-message";
import { DisputeRight } from "@/components/objections/dispute-right";
import { FollowUpTasks } from "@/components/objections/follow-up-tasks";
import { LetterList } from "@/components/objections/letter-list";
import { ObjectionDetails } from "@/components/objections/objection-details";
import { OfficeObjectionActions } from "@/components/objections/office-objection-actions";
import { RequestBrief } from "@/components/objections/request-brief";
import { OfficeFrame } from "@/components/layout/office-frame";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { DISPUTE_STATUS_LABELS, OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import { OBJECTION_WORKFLOW, type ObjectionOutcome, type ObjectionStatus } from "@/lib/domain/objection-workflow";
import { can, caseScopeFor } from "@/lib/domain/permissions";
import type { DisputeStatus } from "@/lib/domain/dispute-workflow";
import { caseWhatsAppLink } from "@/lib/domain/whatsapp";
import { transitionOptions } from "@/lib/domain/workflow";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getObjectionCase } from "@/lib/server/queries/objection-case";
import { getOffice } from "@/lib/server/queries/office";
import { toRequestBrief } from "@/lib/server/queries/request-brief";
import { requirePermission } from "@/lib/server/session";
import { isOverdue, workingDaysLeft } from "@/lib/domain/calendar";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Keberatan" };

const H2 = "mb-3 mt-8 text-xl font-semibold";

export default async function OfficeObjectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string; selesai?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("office.access", `/kantor/keberatan/${id}`);
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  if (caseScopeFor(actor).kind === "none") redirect("/terlarang");
  const now = new Date();
  const found = await getObjectionCase(actor, id, now);
  if (!found) notFound();
  const [{ baru, selesai }, office, config] = await Promise.all([searchParams, getOffice(), getCalendarConfig()]);
  const { objection: o, context, answer, disputeFilingDeadline, timeZone } = found;
  const r = o.request;
  const status = o.status as ObjectionStatus;
  // The buttons come from the table only (the server asks the same table when the form is sent).
  const options = transitionOptions(OBJECTION_WORKFLOW, status, user.role, context).filter((x) => !x.row.system);
  const personal = can(user.role, "personal_data.view");
  const tasks = o.tasks.map((t) => {
    const due = fromDbDate(t.dueDate);
    return { ...t, daysLeft: workingDaysLeft(now, due, config), overdue: isOverdue(now, due, config.timeZone) };
  });
  const whatsApp = caseWhatsAppLink(r.phone, { kind: "OBJECTION", requesterName: r.requesterName, caseNumber: o.number, officeName: office.name });
  const disputeOpen = can(user.role, "dispute.record") && o.disputes.length === 0 && o.outcome !== "WITHDRAWN" && o.outcome !== "SETTLED";
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2"><Link href="/kantor/keberatan" className="underline">← Register keberatan</Link></p>
      <PageTitle lead={`Status: ${OBJECTION_STATUS_LABELS[status]}${o.outcome ? ` — ${OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome]}` : ""} · Permohonan ${r.number}`}>
        Keberatan {o.number}
      </PageTitle>
      {baru && <FormAlert tone="success" message={`Keberatan ${o.number} dicatat; tanda terima diterbitkan.`} />}
      <DoneMessage done={selesai} />

      <section aria-labelledby="tenggat">
        <h2 id="tenggat" className={H2}>Batas waktu</h2>
        <div className="grid gap-3 lg:grid-cols-2">
          <div className="rounded border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">Tanggapan Atasan PPID (UU 14/2008 Pasal 36 ayat (2))</h3>
            {answer ? (
              <p className="mt-1">Paling lambat {formatDateId(answer.dueDate)} <DeadlineBadge daysLeft={answer.daysLeft} overdue={answer.overdue} /></p>
            ) : (
              <p className="mt-1">{o.answerDate ? `Ditanggapi pada ${formatDateId(fromDbDate(o.answerDate))}.` : "Tidak berjalan."}</p>
            )}
          </div>
          <DisputeRight komisi={office.komisiInformasi} deadline={disputeFilingDeadline} answered={o.answerDate !== null} />
        </div>
      </section>

      <section aria-labelledby="tindakan">
        <h2 id="tindakan" className={H2}>Tindakan</h2>
        <OfficeObjectionActions objectionId={o.id} options={options.map(({ event, label, enabled, reason }) => ({ event, label, enabled, reason }))} />
        {disputeOpen && (
          <p className="mt-3">
            <Link href={`/kantor/sengketa/baru?keberatan=${o.id}`} className="text-brand-700 underline">Catat sengketa informasi atas keberatan ini</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="keberatan"><h2 id="keberatan" className={H2}>Keberatan</h2><ObjectionDetails o={o} timeZone={timeZone} /></section>
      <section aria-labelledby="surat-k"><h2 id="surat-k" className={H2}>Surat keberatan</h2><LetterList letters={o.letters} receipt={{ returnTo: `/kantor/keberatan/${o.id}`, today: found.today, canRecord: can(user.role, "request.handle") }} /></section>
      <section aria-labelledby="dok-k"><h2 id="dok-k" className={H2}>Dokumen keberatan</h2><AttachmentList files={o.attachments} showPersonal={personal} /></section>
      <section aria-labelledby="permohonan"><h2 id="permohonan" className={H2}>Permohonan yang diajukan keberatan</h2><RequestBrief r={toRequestBrief(r)} caseLink={`/kantor/permohonan/${r.id}`} whatsAppHref={whatsApp} /></section>
      <section aria-labelledby="surat-p"><h2 id="surat-p" className={H2}>Surat permohonan (tanda bukti dan pemberitahuan)</h2><LetterList letters={r.letters} /></section>
      <section aria-labelledby="dok-p"><h2 id="dok-p" className={H2}>Dokumen permohonan</h2><AttachmentList files={r.attachments} showPersonal={personal} /></section>
      <section aria-labelledby="perintah">
        <h2 id="perintah" className={H2}>Perintah Atasan PPID kepada PPID</h2>
        <FollowUpTasks tasks={tasks} timeZone={timeZone} canComplete={can(user.role, "request.handle")} />
      </section>
      <section aria-labelledby="sengketa">
        <h2 id="sengketa" className={H2}>Sengketa informasi</h2>
        {o.disputes.length === 0 ? <p>Belum ada sengketa yang dicatat.</p> : (
          <ul className="space-y-1">
            {o.disputes.map((d) => (
              <li key={d.id}>
                <Link href={`/kantor/sengketa/${d.id}`} className="text-brand-700 underline">{d.registerNumber ?? "Sengketa"} — {d.commission}</Link>{" "}
                ({DISPUTE_STATUS_LABELS[d.status as DisputeStatus]}, diajukan {formatDateId(fromDbDate(d.filedOn))})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="riwayat">
        <h2 id="riwayat" className={H2}>Riwayat permohonan dan keberatan</h2>
        <CaseLog entries={[...r.events, ...o.events]} timeZone={timeZone} />
      </section>
    </OfficeFrame>
  );
}
