import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";
import { describeTaskStanding, type WorkItem } from "@/lib/domain/work-queue";

// Overdue and due-soon tasks stand out by text as well as colour (WCAG 1.4.1).
function StandingText({ item }: { item: WorkItem }) {
  const s = item.standing;
  const text = describeTaskStanding(s);
  if (s?.overdue) return <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white">{text}</span>;
  if (s?.dueSoon) return <span className="rounded border border-amber-700 bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-950">{text}</span>;
  return <span className="text-xs text-slate-700">{text}</span>;
}

/** "Tugas saya": one row per case waiting for this user, each a link to its case page. */
export function WorkQueue({ items }: { items: WorkItem[] }) {
  return (
    <section aria-labelledby="tugas-saya" className="mb-8">
      <h2 id="tugas-saya" className="mb-1 text-xl font-bold text-brand-900">Tugas saya</h2>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {items.length === 0
          ? "Tidak ada perkara yang menunggu tindakan Anda."
          : `${items.length} perkara menunggu tindakan Anda, yang terlambat dan paling dekat tenggatnya di atas.`}
      </p>
      {items.length > 0 && (
        <ol className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className={item.standing?.overdue ? "bg-red-50" : item.standing?.dueSoon ? "bg-amber-50" : ""}>
              <Link href={item.href} className="block px-4 py-3 hover:bg-brand-50 focus:bg-brand-50">
                <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="font-mono font-semibold text-brand-700 underline">{item.number}</span>
                  <span className="font-semibold text-slate-900">{item.taskLabel}</span>
                  <StandingText item={item} />
                  {item.standing && <span className="text-xs text-slate-700">tenggat {formatDateId(item.standing.dueDate)}</span>}
                </span>
                <span className="mt-1 block text-sm text-slate-800">
                  {item.requesterName} — <span className="line-clamp-1 inline">{item.summary}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
