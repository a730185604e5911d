import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import type { TimelineItem } from "@/lib/view-types/requests";

/** The case log as the requester sees it: what happened when, without staff names. */
export function RequestTimeline({ items, timeZone }: { items: TimelineItem[]; timeZone: string }) {
  return (
    <section aria-labelledby="riwayat" className="mt-6">
      <h2 id="riwayat" className="text-lg font-semibold">Riwayat</h2>
      {items.length === 0 ? (
        <p className="mt-1 text-slate-700">Belum ada riwayat.</p>
      ) : (
        <ol className="mt-2 border-l-2 border-brand-700 pl-4">
          {items.map((item) => (
            <li key={item.id} className="mb-3">
              <p className="text-sm text-slate-700">
                <time dateTime={item.at}>{formatOfficeDateTimeId(new Date(item.at), timeZone)}</time>
              </p>
              <p className="font-medium">{item.label}</p>
              {item.note && <p className="whitespace-pre-line text-slate-800">{item.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
