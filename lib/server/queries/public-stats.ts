import "server-only";
import { db } from "@/lib/server/db";

/** Headline numbers for the public pages: counts only, nothing personal. */
export async function getPublicStats(): Promise<{ label: string; value: number }[]> {
  const [published, requests, closed, objections] = await Promise.all([
    db().dipEntry.count({ where: { status: "PUBLISHED", category: { not: "DIKECUALIKAN" } } }),
    db().informationRequest.count(),
    db().informationRequest.count({ where: { status: "CLOSED" } }),
    db().objection.count(),
  ]);
  return [
    { label: "Informasi publik tersedia", value: published },
    { label: "Permohonan diterima", value: requests },
    { label: "Permohonan selesai", value: closed },
    { label: "Keberatan diajukan", value: objections },
  ];
}
