import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { CaseActions } from "@/components/requests/actions/case-actions";
import { CaseDeadline } from "@/components/requests/case/case-deadline";
import { CaseDecision } from "@/components/requests/case/case-decision";
import { CaseFiles } from "@/components/requests/case/case-files";
import { CaseHistory } from "@/components/requests/case/case-history";
import { OfficeRequestObjections } from "@/components/objections/office-request-objections";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/ui/print-button";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { defaultHandoverMethod } from "@/lib/domain/handover";
import { can, caseScopeFor } from "@/lib/domain/permissions";
import { formatPasal17 } from "@/lib/domain/pasal-17";
import { REQUEST_EVENT_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { deadlineStanding } from "@/lib/domain/request-facts";
import { deliveryMethodLabel, obtainMethodLabel } from "@/lib/domain/request-form-labels";
import { isRequestEvent, type RequestOutcome, type RequestStatus } from "@/lib/domain/request-workflow";
import { CaseSummary } from "@/components/requests/case/case-summary";
import { caseWhatsAppLink } from "@/lib/domain/whatsapp";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { listExemptingTests, loadRequestCase } from "@/lib/server/queries/request-case";
import { listActiveUnits } from "@/lib/server/queries/request-register";
import { loadOfficeRequestObjections } from "@/lib/server/queries/request-objections";
import { requirePermission } from "@/lib/server/session";
import { fromDbDateOrNull } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Perkara permohonan" };

export default async function RequestCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ selesai?: string; terdaftar?: string }>;
}) {
  const { id } = await params;
  const { selesai, terdaftar } = await searchParams;
  // Any staff member may open a case page; whether THIS case is theirs is the case scope below.
  const user = await requirePermission("office.access", `/kantor/permohonan/${id}`);
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  // A role that sees no cases is refused as such; a case outside the user's scope answers like a
  // missing one, so ids of other units' cases cannot be probed.
  if (caseScopeFor(actor).kind === "none") redirect("/terlarang");
  const result = await loadRequestCase(actor, id);
  if (result.kind !== "ok") notFound();
  const kase = result.kase;
  const now = new Date();
  const [config, units, tests, office, objections] = await Promise.all([
    getCalendarConfig(),
    listActiveUnits(),
    listExemptingTests(),
    getOffice(),
    loadOfficeRequestObjections(kase.id, now),
  ]);
  const whatsApp = caseWhatsAppLink(kase.phone, { kind: "REQUEST", requesterName: kase.requesterName, caseNumber: kase.number, officeName: office.name });
  const status = kase.status as RequestStatus;
  const facts = { outcome: kase.outcome, extendedAt: kase.extendedAt, dueDate: fromDbDateOrNull(kase.dueDate), completionDueDate: fromDbDateOrNull(kase.completionDueDate) };
  const suggestionEvent = [...kase.events].reverse().find((e) => e.event === "PREPARE_ANSWER");
  const suggested = (suggestionEvent?.data as { suggestedOutcome?: RequestOutcome } | null)?.suggestedOutcome;
  const receipt = kase.letters.find((l) => l.kind === "RECEIPT");
  // Until the first forwarding, the unit on the case is only the requester's suggestion: it can be chosen.
  const forwarded = kase.events.some((e) => e.event === "FORWARD_TO_UNIT");
  const unitOptions = units
    .filter((u) => !(forwarded && u.id === kase.unitId))
    .map((u) => ({ value: u.id, label: !forwarded && u.id === kase.unitId ? `${u.name} (usulan pemohon)` : u.name }))
    .sort((a, b) => Number(b.value === kase.unitId) - Number(a.value === kase.unitId));
  const doneLabel = isRequestEvent(selesai) ? REQUEST_EVENT_LABELS[selesai].history : null;
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <Link href="/kantor/permohonan" className="text-brand-800 underline print:hidden">← Register permohonan</Link>
        <PrintButton label="Cetak ringkasan perkara" />
      </p>
      <PageTitle lead={`${REQUEST_STATUS_LABELS[status]}${kase.outcome ? ` — ${REQUEST_OUTCOME_LABELS[kase.outcome as RequestOutcome]}` : ""}`}>
        Permohonan {kase.number}
      </PageTitle>
      <FormAlert tone="success" message={doneLabel ? `${doneLabel}.` : undefined} />
      {terdaftar && receipt && (
        <div role="status" className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-brand-900">
          Permohonan dicatat dengan nomor pendaftaran <strong>{kase.number}</strong>.{" "}
          <a href={`/api/surat/${receipt.id}`} className="underline">Cetak tanda bukti penerimaan (PDF)</a> dan serahkan kepada pemohon.
        </div>
      )}
      <CaseDeadline
        standing={deadlineStanding(status, facts.dueDate, now, config)}
        dueDate={facts.dueDate}
        dueRule={kase.dueRule}
        extendedAt={kase.extendedAt ? toOfficeLocalDate(kase.extendedAt, config.timeZone) : null}
        extensionReason={kase.extensionReason}
        completionDueDate={facts.completionDueDate}
        completionStanding={deadlineStanding(status, facts.completionDueDate, now, config)}
        awaitingCompletion={status === "AWAITING_COMPLETION"}
      />
      <CaseActions
        requestId={kase.id}
        status={status}
        facts={facts}
        role={user.role}
        now={now}
        config={config}
        units={unitOptions}
        tests={tests.map((t) => ({ value: t.id, label: `${t.information} — SK ${t.decisionNumber}${t.pasal17Letters.length ? ` (${formatPasal17(t.pasal17Letters)})` : ""}` }))}
        defaults={{ form: obtainMethodLabel(kase.obtainMethod), medium: deliveryMethodLabel(kase.deliveryMethod) }}
        deliverDefaults={{ handoverMethod: defaultHandoverMethod(kase.deliveryMethod), recipientName: "", today: toOfficeLocalDate(now, config.timeZone) }}
      />
      <CaseSummary kase={kase} timeZone={config.timeZone} whatsAppHref={whatsApp} />
      <CaseDecision kase={kase} timeZone={config.timeZone} suggestion={suggested ? REQUEST_OUTCOME_LABELS[suggested] : null} />
      <CaseFiles kase={kase} receipt={{ today: toOfficeLocalDate(now, config.timeZone), canRecord: can(user.role, "request.handle") }} />
      <OfficeRequestObjections view={objections} requestNumber={kase.number} role={user.role} done={selesai} />
      <CaseHistory events={kase.events} timeZone={config.timeZone} />
    </OfficeFrame>
  );
}
