import "server-only";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_STATS_MAX_AGE_SECONDS, PUBLIC_TAGS } from "@/lib/server/public-cache";

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

/** From the public cache: at most PUBLIC_STATS_MAX_AGE_SECONDS old, revoked at once when the DIP changes. */
export const getPublicStats = cachedPublicQuery(
  { key: "public-stats", tags: [PUBLIC_TAGS.stats, PUBLIC_TAGS.dip], revalidate: PUBLIC_STATS_MAX_AGE_SECONDS, atBuild: [] },
  countPublicStats,
);
