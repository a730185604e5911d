import { DEADLINE_RULES, ruleWorkingDays, type CalendarConfig, type DeadlineRule } from "@/lib/domain/calendar";

/** A legal time limit rendered from the rule data (never a hard-coded "10 hari" in a page). */
export function LegalPeriod({ rule, config }: { rule: DeadlineRule; config: CalendarConfig }) {
  const r = DEADLINE_RULES[rule];
  return (
    <div className="rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3">
      <p className="font-semibold">
        {r.label}: {ruleWorkingDays(rule, config)} hari kerja sejak {r.startLabel}
      </p>
      <p className="text-sm text-slate-700">{r.description}</p>
      <p className="text-sm text-slate-700">Dasar hukum: {r.article}</p>
    </div>
  );
}
