import { TZDate } from "@date-fns/tz";
import { formatDateId } from "@/lib/domain/format-date";
import { DIP_EVENT_LABELS, DIP_STATUS_LABELS, type DipStatus } from "@/lib/domain/dip-workflow";

type Event = { id: string; event: string; actorName: string; fromStatus: string | null; toStatus: string | null; note: string | null; at: Date };

function when(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
  return `${formatDateId(date)} ${String(local.getHours()).padStart(2, "0")}.${String(local.getMinutes()).padStart(2, "0")}`;
}

/** The append-only log of the entry (DipEvent), oldest first. */
export function DipHistory({ events, timeZone }: { events: Event[]; timeZone: string }) {
  return (
    <section aria-labelledby="riwayat">
      <h2 id="riwayat" className="mb-3 text-xl font-semibold">Riwayat</h2>
      <ol className="space-y-2">
        {events.map((e) => {
          const label = DIP_EVENT_LABELS[e.event as keyof typeof DIP_EVENT_LABELS]?.history ?? e.event;
          const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
          return (
            <li key={e.id} className="rounded border border-slate-200 bg-white px-4 py-2">
              <p>
                <span className="font-semibold">{label}</span>
                {moved && ` (${DIP_STATUS_LABELS[e.fromStatus as DipStatus]} → ${DIP_STATUS_LABELS[e.toStatus as DipStatus]})`}
              </p>
              <p className="text-sm text-slate-700">
                <time dateTime={e.at.toISOString()}>{when(e.at, timeZone)}</time> · {e.actorName}
              </p>
              {e.note && <p className="mt-1 whitespace-pre-line">{e.note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
