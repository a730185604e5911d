import { OfficeNav } from "@/components/layout/office-nav";
import type { OfficeFrameView } from "@/lib/view-types/office";

/** The back-office menu beside the page; the page loads `frame` with loadOfficeFrame(user). */
export function OfficeFrame({ frame, children }: { frame: OfficeFrameView; children: React.ReactNode }) {
  return (
    <div className="md:flex md:gap-6">
      <OfficeNav role={frame.role} tasks={frame.tasks} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
