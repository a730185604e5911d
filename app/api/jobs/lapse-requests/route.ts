import { timingSafeEqual } from "node:crypto";
import { lapseIncompleteRequests } from "@/lib/server/services/lapse-incomplete-requests";

// For an external scheduler (cron): POST with the header x-job-token = env JOB_TOKEN. Closes every
// incomplete request whose completion period has ended (DESIGN.md 1.1 step 3). Without a
// configured JOB_TOKEN the endpoint refuses everyone.

export const dynamic = "force-dynamic";

function tokenMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function POST(request: Request): Promise<Response> {
  if (!tokenMatches(request.headers.get("x-job-token"), process.env.JOB_TOKEN)) {
    return Response.json({ error: "Token tugas tidak valid." }, { status: 401 });
  }
  try {
    const result = await lapseIncompleteRequests(new Date());
    return Response.json({ today: result.today, lapsed: result.lapsed.map((r) => r.number), failed: result.failed.length });
  } catch (error) {
    console.error("[jobs/lapse-requests]", error);
    return Response.json({ error: "Tugas gagal dijalankan." }, { status: 503 });
  }
}
