import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { ACTOR_LABELS, REQUEST_EVENT_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import type { RequestEvent, RequestStatus } from "@/lib/domain/request-workflow";
import type { Actor } from "@/lib/domain/roles";
import type { RequestCase } from "@/lib/view-types/request-case";

/** The case log (CaseEvent, append-only): who did what, when, and the status it led to. */
export function CaseHistory({ events, timeZone }: { events: RequestCase["events"]; timeZone: string }) {
  return (
    <section aria-labelledby="riwayat" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="riwayat" className="text-lg font-semibold">Riwayat</h2>
      {events.length === 0 ? (
        <p className="mt-2 text-slate-700">Belum ada riwayat.</p>
      ) : (
        <ol className="mt-3 border-l-2 border-brand-700 pl-4">
          {events.map((e) => {
            const label = REQUEST_EVENT_LABELS[e.event as RequestEvent]?.history ?? e.event;
            const who = e.actor?.name ?? ACTOR_LABELS[e.actorRole as Actor] ?? e.actorRole;
            const role = ACTOR_LABELS[e.actorRole as Actor] ?? e.actorRole;
            const moved = e.toStatus && e.toStatus !== e.fromStatus ? REQUEST_STATUS_LABELS[e.toStatus as RequestStatus] : null;
            return (
              <li key={e.id} className="mb-3">
                <p className="text-sm text-slate-700">
                  <time dateTime={e.at.toISOString()}>{formatOfficeDateTimeId(e.at, timeZone)}</time> · {who}
                  {e.actor ? ` (${role})` : ""}
                </p>
                <p className="font-medium">
                  {label}
                  {moved ? ` → ${moved}` : ""}
                </p>
                {e.note && <p className="whitespace-pre-line text-slate-800">{e.note}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
