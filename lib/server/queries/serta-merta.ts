import "server-only";
import { safeLink } from "@/lib/domain/dip-format";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { SertaMertaAnnouncement } from "@/lib/view-types/dip";

// Informasi serta merta (UU 14/2008 Pasal 10): information that threatens lives or public order,
// announced immediately. "now" is a parameter so the 30-day window is testable.

export const SERTA_MERTA_ACTIVE_DAYS = 30;

type Options = { now: Date; activeOnly?: boolean; limit?: number };

/**
 * Published serta-merta announcements, newest first, never dated after `now`. With `activeOnly`,
 * only those published within the last 30 days (the home page banner).
 */
export async function listSertaMerta({ now, activeOnly = false, limit = 100 }: Options): Promise<SertaMertaAnnouncement[]> {
  const since = new Date(now.getTime() - SERTA_MERTA_ACTIVE_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db().dipEntry.findMany({
    where: {
      category: "SERTA_MERTA",
      status: "PUBLISHED",
      publishedAt: activeOnly ? { gte: since, lte: now } : { not: null, lte: now },
    },
    orderBy: [{ publishedAt: "desc" }, { number: "asc" }],
    take: limit,
    include: {
      unit: { select: { name: true } },
      attachments: { where: { purpose: "ANNOUNCEMENT_IMAGE" }, orderBy: { createdAt: "asc" }, select: { id: true, altText: true } },
    },
  });
  return rows.map((r) => ({
    number: r.number,
    title: r.title,
    summary: r.summary,
    unitName: r.unit.name,
    publishedAt: r.publishedAt!,
    updatedAt: r.updatedAt,
    link: safeLink(r.link),
    images: r.attachments.map((a) => ({ id: a.id, alt: a.altText?.trim() ?? "" })),
  }));
}

/**
 * For the public pages: the announcements as of now, from the public cache. Revoked when a DIP entry
 * changes, and refreshed hourly so the 30-day window moves on without a change.
 */
export const listPublicSertaMerta = cachedPublicQuery(
  { key: "serta-merta", tags: [PUBLIC_TAGS.dip], revalidate: 3600, atBuild: [] as SertaMertaAnnouncement[] },
  (activeOnly: boolean, limit: number) => listSertaMerta({ now: new Date(), activeOnly, limit }),
);
