import { runJobRoute } from "@/lib/server/jobs/job-route";
import { watchDeadlines } from "@/lib/server/services/watch-deadlines";

// The deadline watch (reminders, overdue digest, exemption review); the job engine runs it hourly
// in office time. Each reminder is queued once per case and day, however often this is called.
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return runJobRoute(request, "deadline-watch", () => watchDeadlines(new Date()));
}
