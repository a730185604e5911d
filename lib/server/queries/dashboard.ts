import "server-only";
import { REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import { DIP_PUBLIC_CATEGORIES } from "@/lib/schemas/dip-query";
import { db } from "@/lib/server/db";

// "in (…)" rather than "<> CLOSED": the status index serves it at a million requests.
const NOT_CLOSED = REQUEST_STATUSES.filter((s) => s !== "CLOSED");

export async function getDashboardCounts(): Promise<{ label: string; value: number }[]> {
  const [open, objections, published, proposals] = await Promise.all([
    db().informationRequest.count({ where: { status: { in: NOT_CLOSED } } }),
    db().objection.count({ where: { status: { not: "CLOSED" } } }),
    // The same count as the public pages: published entries of the public categories (not the DIK list).
    db().dipEntry.count({ where: { status: "PUBLISHED", category: { in: [...DIP_PUBLIC_CATEGORIES] } } }),
    db().dipEntry.count({ where: { status: "SUBMITTED" } }),
  ]);
  return [
    { label: "Permohonan berjalan", value: open },
    { label: "Keberatan berjalan", value: objections },
    { label: "Informasi publik terbit", value: published },
    { label: "Usulan DIP menunggu persetujuan", value: proposals },
  ];
}
