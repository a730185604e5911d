import "server-only";
import { formatLegalBasis } from "@/lib/domain/dip-format";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { fromDbDate } from "@/lib/domain/db-date";
import type { PublicExemptEntry } from "@/lib/view-types/dip";

// The public list of exempt information (DIK). UU 14/2008 Pasal 17 and Pasal 19: the public sees WHAT
// is withheld and WHY (the consequence test), never the content: no links, no documents are selected.

export async function listPublishedExemptDip(): Promise<PublicExemptEntry[]> {
  const rows = await db().dipEntry.findMany({
    where: { category: "DIKECUALIKAN", status: "PUBLISHED" },
    orderBy: [{ number: "asc" }],
    select: {
      number: true,
      title: true,
      summary: true,
      year: true,
      publishedAt: true,
      unit: { select: { name: true } },
      consequenceTest: {
        select: {
          information: true,
          pasal17Letters: true,
          otherLegalBasis: true,
          consequences: true,
          publicInterest: true,
          conclusion: true,
          exemptUntil: true,
          exemptionPeriod: true,
          participants: true,
          decisionNumber: true,
          decisionDate: true,
        },
      },
    },
  });
  return rows.map((r) => {
    const t = r.consequenceTest;
    return {
      number: r.number,
      title: r.title,
      summary: r.summary,
      unitName: r.unit.name,
      year: r.year,
      publishedAt: r.publishedAt,
      test: t && {
        information: t.information,
        legalBasis: formatLegalBasis(t.pasal17Letters, t.otherLegalBasis),
        consequences: t.consequences,
        publicInterest: t.publicInterest,
        conclusion: t.conclusion,
        exemptUntil: t.exemptUntil ? fromDbDate(t.exemptUntil) : null,
        exemptionPeriod: t.exemptionPeriod,
        participants: t.participants,
        decisionNumber: t.decisionNumber,
        decisionDate: fromDbDate(t.decisionDate),
      },
    };
  });
}

export const listPublishedExemptDipCached = cachedPublicQuery({ key: "dip-exempt", tags: [PUBLIC_TAGS.dip], atBuild: [] }, listPublishedExemptDip);
