import { runJobRoute } from "@/lib/server/jobs/job-route";
import { lapseIncompleteRequests } from "@/lib/server/services/lapse-incomplete-requests";

// Closes every incomplete request whose completion period has ended (docs/domain.md, Requests step 3).
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return runJobRoute(request, "lapse-requests", async () => {
    const result = await lapseIncompleteRequests(new Date());
    return { today: result.today, lapsed: result.lapsed.map((r) => r.number), failed: result.failed.length };
  });
}
