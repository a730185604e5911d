import "server-only";
import { db } from "@/lib/server/db";

export async function getDashboardCounts(): Promise<{ label: string; value: number }[]> {
  const [open, objections, published, proposals] = await Promise.all([
    db().informationRequest.count({ where: { status: { not: "CLOSED" } } }),
    db().objection.count({ where: { status: { not: "CLOSED" } } }),
    db().dipEntry.count({ where: { status: "PUBLISHED" } }),
    db().dipEntry.count({ where: { status: "SUBMITTED" } }),
  ]);
  return [
    { label: "Permohonan berjalan", value: open },
    { label: "Keberatan berjalan", value: objections },
    { label: "Informasi publik terbit", value: published },
    { label: "Usulan DIP menunggu persetujuan", value: proposals },
  ];
}
