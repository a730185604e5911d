import { OfficeNav } from "@/components/layout/office-nav";
import type { CurrentUser } from "@/lib/server/session";

export function OfficeFrame({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  return (
    <div className="md:flex md:gap-6">
      <OfficeNav role={user.role} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
