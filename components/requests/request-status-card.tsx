import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import type { RequestChannel, RequestOutcome } from "@/lib/domain/request-workflow";
import type { RequestView } from "@/lib/view-types/requests";

/** Number, where the request is, what was decided, and what was asked. */
export function RequestStatusCard({ view, titled = true }: { view: RequestView; titled?: boolean }) {
  const outcome = view.outcome ? REQUEST_OUTCOME_LABELS[view.outcome as RequestOutcome] : null;
  return (
    <section aria-labelledby="permohonan-judul" className="rounded border border-slate-200 bg-white p-4">
      {/* Where the page's own heading already names the request, the card is titled "Status" instead. */}
      <h2 id="permohonan-judul" className="text-xl font-semibold">
        {titled ? <>Permohonan <span className="font-mono">{view.number}</span></> : "Status permohonan"}
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-700">Status</dt>
          <dd className="font-semibold" data-testid="status-permohonan">
            {REQUEST_STATUS_LABELS[view.status]}
            {outcome && ` — ${outcome}`}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Tanggal diterima</dt>
          <dd>{formatDateId(view.receivedDate)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Diterima melalui</dt>
          <dd>{REQUEST_CHANNEL_LABELS[view.channel as RequestChannel] ?? view.channel}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-700">Informasi yang dimohon</dt>
          <dd className="whitespace-pre-line">{view.informationRequested}</dd>
        </div>
      </dl>
    </section>
  );
}
