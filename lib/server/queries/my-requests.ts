import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/session";

export type MyRequestRow = {
  number: string;
  receivedDate: string;
  informationRequested: string;
  status: string;
  outcome: string | null;
  dueDate: string | null;
};

/** A citizen's own requests only: the filter is the signed-in user's id, never a parameter. */
export async function listMyRequests(user: CurrentUser): Promise<MyRequestRow[]> {
  const rows = await db().informationRequest.findMany({
    where: { requesterUserId: user.id },
    orderBy: { submittedAt: "desc" },
    select: { number: true, receivedDate: true, informationRequested: true, status: true, outcome: true, dueDate: true },
  });
  return rows.map((r) => ({
    ...r,
    receivedDate: r.receivedDate.toISOString().slice(0, 10),
    dueDate: r.dueDate?.toISOString().slice(0, 10) ?? null,
  }));
}
