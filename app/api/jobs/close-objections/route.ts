import { runJobRoute } from "@/lib/server/jobs/job-route";
import { closeObjectionsAfterWindow } from "@/lib/server/services/close-objections-after-window";

// Answered objections whose window for the Komisi Informasi has passed close (UU 14/2008 Pasal 37(2)).
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return runJobRoute(request, "close-objections", () => closeObjectionsAfterWindow(new Date()));
}
