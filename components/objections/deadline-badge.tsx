/** A deadline's standing in words (never colour alone): overdue, last day, or working days left. */
export function DeadlineBadge({ daysLeft, overdue }: { daysLeft: number; overdue: boolean }) {
  if (overdue) {
    return <span className="rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900">Terlambat {Math.max(1, -daysLeft)} hari kerja</span>;
  }
  if (daysLeft === 0) return <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">Hari terakhir</span>;
  return <span className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-900">Sisa {daysLeft} hari kerja</span>;
}
