import { runJobRoute } from "@/lib/server/jobs/job-route";
import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";

// Exempt information whose exemption ended becomes public (UU 14/2008 Pasal 20).
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return runJobRoute(request, "release-exemptions", async () => {
    const result = await releaseExpiredExemptions(new Date());
    return { today: result.today, released: result.released.map((r) => r.number), failed: result.failed.length };
  });
}
