import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness + database check for process managers and the test runner. */
export async function GET() {
  try {
    await db().officeSetting.count();
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database-unavailable" }, { status: 503 });
  }
}
