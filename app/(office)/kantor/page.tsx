import type { Metadata } from "next";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { CalendarWarning } from "@/components/office/calendar-warning";
import { OfficeDashboardView } from "@/components/dashboard/office-dashboard-view";
import { WorkQueue } from "@/components/office/work-queue";
import { yearsWithoutOfficialCalendar } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { hasWorkQueue } from "@/lib/domain/work-queue";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getDashboardCounts } from "@/lib/server/queries/dashboard";
import { getOfficeDashboard } from "@/lib/server/queries/office-dashboard";
import { getWorkQueue } from "@/lib/server/queries/work-queue";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Dasbor kantor" };

export default async function OfficeDashboardPage() {
  const user = await requirePermission("office.access", "/kantor");
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  const now = new Date();
  const [counts, tasks, dashboard, config] = await Promise.all([getDashboardCounts(), getWorkQueue(actor), getOfficeDashboard(actor, now), getCalendarConfig()]);
  const missingCalendars = yearsWithoutOfficialCalendar(now, config);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead={`Anda masuk sebagai ${ROLE_LABELS[user.role]}${user.unitName ? ` — ${user.unitName}` : ""}.`}>
        Dasbor kantor
      </PageTitle>
      {/* Only those who can import the decree are asked to (permission table: calendar.manage). */}
      {can(user.role, "calendar.manage") && <CalendarWarning missing={missingCalendars} />}
      {hasWorkQueue(user.role) && <WorkQueue items={tasks} />}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {counts.map((c) => (
          <div key={c.label} className="rounded border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{c.label}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-800">{c.value}</dd>
          </div>
        ))}
      </dl>
      {dashboard && <div className="mt-8"><OfficeDashboardView d={dashboard} /></div>}
    </OfficeFrame>
  );
}
