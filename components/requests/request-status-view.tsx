import { RequestDeadline } from "@/components/requests/request-deadline";
import { RequestLetters } from "@/components/requests/request-letters";
import { RequestStatusCard } from "@/components/requests/request-status-card";
import { RequestTimeline } from "@/components/requests/request-timeline";
import type { RequestView } from "@/lib/view-types/requests";

/**
 * Everything the requester may see of a request, in small parts so other case kinds can add
 * theirs (tracking page and the citizen's own area share it).
 */
export function RequestStatusView({ view, timeZone, titled = true, children }: { view: RequestView; timeZone: string; titled?: boolean; children?: React.ReactNode }) {
  return (
    <div>
      <RequestStatusCard view={view} titled={titled} />
      <RequestDeadline view={view} />
      {children}
      <RequestLetters letters={view.letters} />
      <RequestTimeline items={view.timeline} timeZone={timeZone} />
    </div>
  );
}
