import { timingSafeEqual } from "node:crypto";
import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";

// For an external scheduler (cron): POST with the header x-job-token = env JOB_TOKEN.
// Without a configured JOB_TOKEN the endpoint refuses everyone.

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
    const result = await releaseExpiredExemptions(new Date());
    return Response.json({ today: result.today, released: result.released.map((r) => r.number), failed: result.failed.length });
  } catch (error) {
    console.error("[jobs/release-exemptions]", error);
    return Response.json({ error: "Tugas gagal dijalankan." }, { status: 503 });
  }
}
