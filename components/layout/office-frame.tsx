import { OfficeNav } from "@/components/layout/office-nav";
import { countWorkQueue } from "@/lib/server/queries/work-queue";
import type { CurrentUser } from "@/lib/server/session";

export async function OfficeFrame({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const tasks = await countWorkQueue({ role: user.role, userId: user.id, unitId: user.unitId });
  return (
    <div className="md:flex md:gap-6">
      <OfficeNav role={user.role} tasks={tasks} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
