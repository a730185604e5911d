import { caseEventLabel, CASE_KIND_LABELS, type CaseLogKind } from "@/lib/domain/case-log-labels";
import { formatInstantId } from "@/lib/domain/format-instant";
import { ACTOR_LABELS } from "@/lib/domain/labels";

export type LogEntry = {
  id: string;
  caseKind: string;
  at: Date;
  event: string;
  actorRole: string;
  actor?: { name: string } | null;
  note: string | null;
};

/** The append-only case log, several cases merged in time order (request → objection → dispute). */
export function CaseLog({ entries, timeZone, showActorNames = true }: { entries: LogEntry[]; timeZone: string; showActorNames?: boolean }) {
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  if (sorted.length === 0) return <p>Belum ada catatan.</p>;
  return (
    <ol className="space-y-2">
      {sorted.map((e) => (
        <li key={e.id} className="rounded border border-slate-200 bg-white px-3 py-2">
          <p className="text-sm text-slate-700">
            <time dateTime={e.at.toISOString()}>{formatInstantId(e.at, timeZone)}</time> · {CASE_KIND_LABELS[e.caseKind as CaseLogKind] ?? e.caseKind} ·{" "}
            {ACTOR_LABELS[e.actorRole as keyof typeof ACTOR_LABELS] ?? e.actorRole}
            {showActorNames && e.actor ? ` (${e.actor.name})` : ""}
          </p>
          <p className="font-medium">{caseEventLabel(e.caseKind, e.event)}</p>
          {e.note && <p className="whitespace-pre-line text-sm">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
