import "server-only";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { citizenActions, findRequestRow, toRequestView } from "@/lib/server/queries/request-view";
import type { MyRequestItem, RequestView } from "@/lib/view-types/requests";
import type { CurrentUser } from "@/lib/server/session";
import { fromDbDate, fromDbDateOrNull } from "@/lib/domain/db-date";

/** A citizen's own requests only: the filter is the signed-in user's id, never a parameter. */
export async function listMyRequests(user: CurrentUser): Promise<MyRequestItem[]> {
  const rows = await db().informationRequest.findMany({
    where: { requesterUserId: user.id },
    orderBy: { submittedAt: "desc" },
    select: { number: true, receivedDate: true, informationRequested: true, status: true, outcome: true, dueDate: true },
  });
  return rows.map((r) => ({
    ...r,
    receivedDate: fromDbDate(r.receivedDate),
    dueDate: fromDbDateOrNull(r.dueDate),
  }));
}

export type MyRequestDetail = RequestView & {
  requester: { type: string; name: string; organization: string | null; nik: string | null; address: string; phone: string; email: string | null; occupation: string | null };
  purpose: string;
  obtainMethod: string;
  deliveryMethod: string;
  attachments: { id: string; purpose: string; fileName: string; createdAt: string }[];
  actions: { withdraw: boolean; submitCompletion: boolean };
};

/**
 * One of the signed-in citizen's own requests, by number. Someone else's request is "not found"
 * (null), exactly like a number that does not exist.
 */
export async function getMyRequest(user: CurrentUser, number: string, now: Date = new Date()): Promise<MyRequestDetail | null> {
  const row = await findRequestRow({ number });
  if (!row || row.requesterUserId === null || row.requesterUserId !== user.id) return null;
  const config = await loadCalendarConfig();
  const attachments = await db().attachment.findMany({
    where: { requestId: row.id, purpose: { in: ["KTP", "LEGAL_ENTITY_DOC", "POWER_OF_ATTORNEY", "SUPPORTING", "COMPLETION", "DELIVERED_INFORMATION"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, purpose: true, fileName: true, createdAt: true },
  });
  return {
    ...toRequestView(row, now, config),
    requester: {
      type: row.requesterType,
      name: row.requesterName,
      organization: row.organization,
      nik: row.nik,
      address: row.address,
      phone: row.phone,
      email: row.email,
      occupation: row.occupation,
    },
    purpose: row.purpose,
    obtainMethod: row.obtainMethod,
    deliveryMethod: row.deliveryMethod,
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    actions: citizenActions(row, now, config.timeZone),
  };
}
