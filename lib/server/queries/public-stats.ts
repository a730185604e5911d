import "server-only";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";

/** Headline numbers for the public pages: counts only, nothing personal. */
async function countPublicStats(): Promise<{ label: string; value: number }[]> {
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

/** From the public cache; revoked when a request, objection or DIP entry changes (PUBLIC_TAGS.stats/dip). */
export const getPublicStats = cachedPublicQuery({ key: "public-stats", tags: [PUBLIC_TAGS.stats, PUBLIC_TAGS.dip], atBuild: [] }, countPublicStats);
