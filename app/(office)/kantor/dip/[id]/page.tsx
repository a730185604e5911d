import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DipEntryDetails } from "@/components/dip-office/dip-entry-details";
import { DipEntryForm } from "@/components/dip-office/dip-entry-form";
import { DipDocumentRemove, DipDocumentUpload } from "@/components/dip-office/dip-documents";
import { DipHistory } from "@/components/dip-office/dip-history";
import { DipTransitionForm } from "@/components/dip-office/dip-transition-form";
import { testOptions } from "@/components/dip-office/test-options";
import { OfficeFrame } from "@/components/layout/office-frame";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { DIP_CATEGORY_NAMES } from "@/lib/domain/dip-labels";
import { canEditDipEntry, DIP_STATUS_LABELS, DIP_WORKFLOW, type DipCategory, type DipStatus } from "@/lib/domain/dip-workflow";
import { isUnitBound } from "@/lib/domain/permissions";
import { transitionOptions } from "@/lib/domain/workflow";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { getOfficeDipEntry, listExemptingTests } from "@/lib/server/queries/dip-office";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { requirePermission } from "@/lib/server/session";
import { fromDbDateOrNull } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Entri DIP" };

const NOTE_LABELS: Partial<Record<string, string>> = {
  RETURN: "Catatan perbaikan untuk pengusul",
  UNPUBLISH: "Alasan penarikan",
};

/** Shown after a transition (the action redirects here with ?selesai=<event>). */
const DONE_MESSAGES: Partial<Record<string, string>> = {
  SUBMIT: "Entri diajukan kepada PPID Utama untuk disahkan.",
  RETURN: "Entri dikembalikan kepada pengusul dengan catatan perbaikan.",
  PUBLISH: "Entri disahkan dan diterbitkan di Daftar Informasi Publik.",
  UNPUBLISH: "Entri ditarik dari publikasi.",
  REPUBLISH: "Entri diterbitkan kembali.",
};

const DOCUMENT_ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.csv,.txt";

export default async function OfficeDipEntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dibuat?: string; selesai?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("dip.view_drafts", `/kantor/dip/${id}`);
  const entry = await getOfficeDipEntry(user, id);
  if (!entry) notFound();
  const { dibuat, selesai } = await searchParams;
  const office = await getOffice();
  const status = entry.status as DipStatus;
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  const editable = canEditDipEntry(actor, { status, unitId: entry.unitId });
  const ctx = {
    actorUnitId: user.unitId,
    entryUnitId: entry.unitId,
    category: entry.category as DipCategory,
    consequenceTest: entry.consequenceTest
      ? { conclusion: entry.consequenceTest.conclusion, exemptUntil: fromDbDateOrNull(entry.consequenceTest.exemptUntil) }
      : null,
    today: toOfficeLocalDate(new Date(), office.timeZone),
  };
  // The buttons come from the table only; a guard's refusal is shown as the reason.
  const options = transitionOptions(DIP_WORKFLOW, status, user.role, ctx);
  const [units, tests] = editable ? await Promise.all([listActiveUnitChoices(), listExemptingTests()]) : [[], []];
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2">
        <Link href="/kantor/dip" className="underline">← Informasi publik (DIP)</Link>
      </p>
      <PageTitle lead={`${DIP_CATEGORY_NAMES[entry.category as DipCategory]} · ${entry.unit.name} · Status: ${DIP_STATUS_LABELS[status]}`}>
        {entry.number} — {entry.title}
      </PageTitle>
      {dibuat && <FormAlert tone="success" message={`Entri ${entry.number} disimpan sebagai draf.`} />}
      {selesai && <FormAlert tone="success" message={DONE_MESSAGES[selesai]} />}
      {entry.reviewNote && (status === "RETURNED" || status === "UNPUBLISHED") && (
        <div role="note" className="mb-4 rounded border-l-4 border-accent-600 bg-amber-50 px-4 py-3">
          <p className="font-semibold">{status === "RETURNED" ? "Catatan perbaikan dari PPID Utama" : "Alasan penarikan"}</p>
          <p className="mt-1 whitespace-pre-line">{entry.reviewNote}</p>
        </div>
      )}

      <section aria-labelledby="tindakan" className="mb-8">
        <h2 id="tindakan" className="mb-3 text-xl font-semibold">Tindakan</h2>
        {options.length === 0 ? (
          <p>Tidak ada tindakan yang dapat Anda lakukan pada status ini.</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2">
            {options.map((o) =>
              o.enabled ? (
                <DipTransitionForm key={o.event} entryId={entry.id} event={o.event} label={o.label} noteLabel={NOTE_LABELS[o.event]} />
              ) : (
                <p key={o.event} className="rounded border border-slate-200 bg-white p-4">
                  <span className="font-semibold">{o.label}</span> belum dapat dilakukan: {o.reason}
                </p>
              ),
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="isian" className="mb-8">
        <h2 id="isian" className="mb-3 text-xl font-semibold">Isian entri</h2>
        {editable ? (
          <DipEntryForm
            entryId={entry.id}
            units={!isUnitBound(user.role) ? units.map((u) => ({ value: u.id, label: u.name })) : null}
            fixedUnitName={entry.unit.name}
            tests={testOptions(tests)}
            defaults={{
              title: entry.title,
              summary: entry.summary,
              category: entry.category,
              unitId: entry.unitId,
              responsible: entry.responsible,
              producedWhen: entry.producedWhen,
              producedWhere: entry.producedWhere,
              form: entry.form,
              retention: entry.retention,
              year: String(entry.year),
              link: entry.link ?? "",
              consequenceTestId: entry.consequenceTestId ?? "",
            }}
          />
        ) : (
          <DipEntryDetails entry={entry} timeZone={office.timeZone} />
        )}
      </section>

      <section aria-labelledby="dokumen" className="mb-8">
        <h2 id="dokumen" className="mb-3 text-xl font-semibold">Dokumen</h2>
        {entry.attachments.length === 0 ? (
          <p>Belum ada dokumen.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {entry.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <a href={`/api/dokumen/${a.id}`} className="text-brand-800 underline">
                  {a.fileName}
                </a>
                <span className="text-sm text-slate-700">{(a.size / 1024).toLocaleString("id-ID", { maximumFractionDigits: 0 })} KB</span>
                {editable && <DipDocumentRemove entryId={entry.id} attachmentId={a.id} fileName={a.fileName} />}
              </li>
            ))}
          </ul>
        )}
        {editable && <DipDocumentUpload entryId={entry.id} accept={DOCUMENT_ACCEPT} />}
      </section>

      <DipHistory events={entry.events} timeZone={office.timeZone} />
    </OfficeFrame>
  );
}
