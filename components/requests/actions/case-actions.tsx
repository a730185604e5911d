import { computeDeadline, type CalendarConfig } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { can } from "@/lib/domain/permissions";
import { requestContextAt, type RequestFactsSource } from "@/lib/domain/request-facts";
import { REQUEST_WORKFLOW, type RequestEvent, type RequestStatus } from "@/lib/domain/request-workflow";
import type { Role } from "@/lib/domain/roles";
import { transitionOptions } from "@/lib/domain/workflow";
import type { TestOption } from "./decision-fields";
import { DecideForm } from "./decide-form";
import { OfficeCompletionForm, OfficeWithdrawForm } from "./desk-forms";
import { CompletionForm, ExtendForm, ReturnForm, VerifyForm } from "./simple-forms";
import { DeliverForm, ForwardForm, PrepareAnswerForm, type DeliverDefaults } from "./unit-forms";

// ONLY the steps this user may take on this case now, straight from the workflow table
// (transitionOptions: role + state + guard); the server asks the same table again. Steps the
// table offers the role but a guard blocks are explained, not offered.

type Option = { value: string; label: string };

export type CaseActionsProps = {
  requestId: string;
  status: RequestStatus;
  facts: RequestFactsSource;
  role: Role;
  now: Date;
  config: CalendarConfig;
  units: Option[];
  tests: TestOption[];
  defaults: { form: string; medium: string };
  deliverDefaults: DeliverDefaults;
};

function formFor(event: RequestEvent, label: string, p: CaseActionsProps): React.ReactNode {
  const id = p.requestId;
  switch (event) {
    case "VERIFY_COMPLETE":
      return <VerifyForm requestId={id} label={label} />;
    case "REQUEST_COMPLETION":
      return <CompletionForm requestId={id} label={label} days={p.config.requirementsCompletionDays} />;
    case "SUBMIT_COMPLETION":
      return <OfficeCompletionForm requestId={id} label={label} />;
    case "FORWARD_TO_UNIT":
      return <ForwardForm requestId={id} label={label} units={p.units} />;
    case "PREPARE_ANSWER":
      return <PrepareAnswerForm requestId={id} label={label} />;
    case "RETURN_FOR_REVISION":
      return <ReturnForm requestId={id} label={label} />;
    case "EXTEND": {
      // UU 14/2008 Pasal 22(8): 7 working days after the original due date.
      const due = p.facts.dueDate ? computeDeadline("REQUEST_EXTENSION", p.facts.dueDate, p.config).dueDate : null;
      return <ExtendForm requestId={id} label={label} newDueText={due ? `Batas waktu baru: ${formatDateId(due)}.` : ""} />;
    }
    case "DECIDE_GRANT_FULL":
      return <DecideForm requestId={id} outcome="GRANTED_FULL" label={label} tests={p.tests} defaults={p.defaults} />;
    case "DECIDE_GRANT_PARTIAL":
      return <DecideForm requestId={id} outcome="GRANTED_PARTIAL" label={label} tests={p.tests} defaults={p.defaults} />;
    case "DECIDE_REJECT":
      return <DecideForm requestId={id} outcome="REJECTED" label={label} tests={p.tests} defaults={p.defaults} />;
    case "DECIDE_NOT_HELD":
      return <DecideForm requestId={id} outcome="NOT_HELD" label={label} tests={p.tests} defaults={p.defaults} />;
    case "DELIVER":
      return <DeliverForm requestId={id} label={label} defaults={p.deliverDefaults} />;
    case "WITHDRAW":
      return <OfficeWithdrawForm requestId={id} label={label} />;
    default:
      return null; // creation and system events have no office form
  }
}

export function CaseActions(p: CaseActionsProps) {
  if (!can(p.role, "request.handle")) return null;
  const ctx = requestContextAt(p.facts, p.now, p.config.timeZone);
  const options = transitionOptions(REQUEST_WORKFLOW, p.status, p.role, ctx);
  const enabled = options.filter((o) => o.enabled).map((o) => ({ ...o, form: formFor(o.event, o.label, p) })).filter((o) => o.form);
  const blocked = options.filter((o) => !o.enabled && o.reason);
  return (
    <section aria-labelledby="tindakan" className="mb-8 rounded border border-brand-700 bg-white p-4 print:hidden">
      <h2 id="tindakan" className="text-xl font-semibold">Tindakan</h2>
      {enabled.length === 0 ? (
        <p className="mt-2 text-slate-700">Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.</p>
      ) : (
        <div className="mt-3 space-y-3">
          {enabled.map((o) => (
            <details key={o.event} className="rounded border border-slate-300 bg-slate-50 p-3" data-event={o.event}>
              <summary className="cursor-pointer font-semibold text-brand-900">{o.label}</summary>
              <div className="mt-3 max-w-3xl">{o.form}</div>
            </details>
          ))}
        </div>
      )}
      {blocked.length > 0 && (
        <ul className="mt-4 list-disc pl-5 text-sm text-slate-700">
          {blocked.map((o) => (
            <li key={o.event}>
              <span className="font-medium">{o.label}</span> tidak tersedia: {o.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
