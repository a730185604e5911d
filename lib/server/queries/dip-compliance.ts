import "server-only";
import {
  checkItem,
  COMPLIANCE_ITEMS,
  summarize,
  type ComplianceItem,
  type ComplianceSummary,
  type ItemCheck,
  type MappedEntry,
} from "@/lib/domain/dip-compliance";
import { toOfficeLocalDate } from "@/lib/domain/office-time";
import { db } from "@/lib/server/db";
import { getOffice } from "@/lib/server/queries/office";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { ComplianceReport, PublicComplianceSummary } from "@/lib/view-types/dip";

// The compliance check: every checklist item with the DIP entries mapped to it and its status,
// for the whole office or one unit (then only that unit's entries count).

const latest = (dates: Date[]) => dates.reduce((a, b) => (b > a ? b : a));

async function loadMapped(timeZone: string) {
  const mappings = await db().dipComplianceMapping.findMany({
    include: {
      dipEntry: {
        select: {
          id: true, number: true, title: true, status: true, unitId: true, publishedAt: true, updatedAt: true,
          unit: { select: { name: true } },
          attachments: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return mappings.map((m) => {
    const e = m.dipEntry;
    // Last update: publication, an edit of the entry, or its newest document.
    const updated = latest([e.updatedAt, ...(e.publishedAt ? [e.publishedAt] : []), ...e.attachments.map((a) => a.createdAt)]);
    return {
      itemCode: m.itemCode,
      view: { id: e.id, number: e.number, title: e.title, unitId: e.unitId, unitName: e.unit.name, status: e.status, lastUpdated: toOfficeLocalDate(updated, timeZone) },
    };
  });
}

export async function getComplianceReport(unitId: string | null, now: Date = new Date()): Promise<ComplianceReport> {
  const office = await getOffice();
  const today = toOfficeLocalDate(now, office.timeZone);
  const mapped = await loadMapped(office.timeZone);
  const rows = COMPLIANCE_ITEMS.map((item) => {
    const entries = mapped.filter((m) => m.itemCode === item.code && (!unitId || m.view.unitId === unitId)).map((m) => m.view);
    const facts: MappedEntry[] = entries.map((e) => ({ unitId: e.unitId, published: e.status === "PUBLISHED", lastUpdated: e.lastUpdated }));
    return { item, check: checkItem(item, facts, today), entries };
  });
  return { today, unitId, rows, summary: summarize(rows) };
}

/** For /profil: counts per category and the titles still missing or stale (no entry details). */
export const getPublicComplianceSummary = cachedPublicQuery(
  // Staleness moves with the calendar: refresh at least hourly besides the revocations.
  { key: "public-compliance-summary", tags: [PUBLIC_TAGS.compliance, PUBLIC_TAGS.dip], revalidate: 3600, atBuild: null as PublicComplianceSummary },
  async (): Promise<PublicComplianceSummary> => {
    const report = await getComplianceReport(null);
    return {
      today: report.today,
      summary: report.summary,
      missing: report.rows.filter((r) => r.check.status === "MISSING").map((r) => r.item.title),
      stale: report.rows.filter((r) => r.check.status === "STALE").map((r) => r.item.title),
    };
  },
);

/** Entries the PPID Utama may map, by category. */
export async function listMappableEntries() {
  return db().dipEntry.findMany({
    where: { category: { not: "DIKECUALIKAN" } },
    orderBy: [{ category: "asc" }, { number: "asc" }],
    select: { id: true, number: true, title: true, category: true, status: true, unit: { select: { name: true } } },
  });
}
