import "server-only";
import { can, canManageUnitItem, isUnitBound } from "@/lib/domain/permissions";
import { isDipCategory, isDipStatus, type DipStatus } from "@/lib/domain/dip-workflow";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/session";

// Back-office reads of the catalogue, scoped like the permission table says: the PPID Utama sees
// every unit's entries, a PPID Pelaksana only their own unit's (dip.view_drafts).

function unitScope(user: CurrentUser): { unitId?: string } | null {
  if (!can(user.role, "dip.view_drafts")) return null;
  if (!isUnitBound(user.role)) return {};
  return user.unitId ? { unitId: user.unitId } : null;
}

export type OfficeDipFilter = { status?: string; category?: string; q?: string };

export async function listOfficeDipEntries(user: CurrentUser, filter: OfficeDipFilter) {
  const scope = unitScope(user);
  if (!scope) return [];
  const q = filter.q?.trim().slice(0, 200);
  return db().dipEntry.findMany({
    where: {
      ...scope,
      ...(isDipStatus(filter.status) ? { status: filter.status } : {}),
      ...(isDipCategory(filter.category) ? { category: filter.category } : {}),
      ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { number: { contains: q, mode: "insensitive" } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }],
    include: { unit: { select: { name: true } } },
    take: 300,
  });
}

export async function countOfficeDipByStatus(user: CurrentUser): Promise<Record<DipStatus, number>> {
  const counts: Record<DipStatus, number> = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, PUBLISHED: 0, UNPUBLISHED: 0 };
  const scope = unitScope(user);
  if (!scope) return counts;
  const rows = await db().dipEntry.groupBy({ by: ["status"], where: scope, _count: { _all: true } });
  for (const row of rows) counts[row.status as DipStatus] = row._count._all;
  return counts;
}

/** One entry with its documents and history, or null when missing or outside the user's scope. */
export async function getOfficeDipEntry(user: CurrentUser, id: string) {
  const entry = await db().dipEntry.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, name: true } },
      consequenceTest: true,
      attachments: { where: { purpose: { in: ["DIP_DOCUMENT", "ANNOUNCEMENT_IMAGE"] } }, orderBy: { createdAt: "asc" } },
      events: { orderBy: { at: "asc" } },
    },
  });
  if (!entry) return null;
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  if (!canManageUnitItem(actor, "dip.view_drafts", entry.unitId)) return null;
  const actorIds = [...new Set(entry.events.map((e) => e.actorId).filter((v): v is string => v !== null))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return { ...entry, events: entry.events.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? "—") : "Sistem" })) };
}

/** For the select of an exempt entry: the tests that exempt (not those that concluded "open"). */
export async function listExemptingTests() {
  return db().consequenceTest.findMany({
    where: { conclusion: { in: ["EXEMPT", "PARTLY_OPEN"] } },
    orderBy: { decisionDate: "desc" },
    select: { id: true, information: true, decisionNumber: true, exemptUntil: true },
  });
}

export async function listConsequenceTests() {
  return db().consequenceTest.findMany({
    orderBy: [{ decisionDate: "desc" }, { createdAt: "desc" }],
    include: { _count: { select: { dipEntries: true } } },
  });
}

export async function getConsequenceTest(id: string) {
  return db().consequenceTest.findUnique({
    where: { id },
    include: {
      attachments: { where: { purpose: "CONSEQUENCE_TEST_SHEET" }, orderBy: { createdAt: "asc" } },
      dipEntries: { select: { id: true, number: true, title: true, status: true, category: true } },
    },
  });
}
