import { describeStanding, type DeadlineStanding } from "@/lib/domain/request-facts";

// Overdue and due-soon requests stand out by colour AND by text (WCAG 1.4.1: never colour alone).

export function DeadlineBadge({ standing }: { standing: DeadlineStanding | null }) {
  if (!standing) return null;
  if (standing.overdue) {
    return <span className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white">Terlambat: {describeStanding(standing).replace("Terlambat ", "")}</span>;
  }
  if (standing.dueSoon) {
    return <span className="inline-block rounded border border-amber-700 bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-950">Segera jatuh tempo: {describeStanding(standing).toLowerCase()}</span>;
  }
  return <span className="text-xs text-slate-700">{describeStanding(standing)}</span>;
}

/** Row background for the register: the badge carries the meaning, the colour helps scanning. */
export function standingRowClass(standing: DeadlineStanding | null): string {
  if (standing?.overdue) return "bg-red-50";
  if (standing?.dueSoon) return "bg-amber-50";
  return "";
}
