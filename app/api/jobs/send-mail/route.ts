import { runJobRoute } from "@/lib/server/jobs/job-route";
import { drainOutbox } from "@/lib/server/mail/send-outbox";

// Sends what waits in the outbox now (the job engine does this every few seconds).
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return runJobRoute(request, "send-mail", () => drainOutbox());
}
