import "server-only";
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, isAnonymous, type ComplaintCategory, type ComplaintStatus } from "@/lib/domain/complaints";
import { normalizeAccessCode, normalizeNumber } from "@/lib/domain/numbering";
import { toOfficeLocalDate } from "@/lib/domain/office-time";
import { can, rolesWith } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { getOffice } from "@/lib/server/queries/office";
import { safeEqual } from "@/lib/server/safe-equal";
import { fromDbDateOrNull } from "@/lib/domain/db-date";

// Complaint views. The tracking view (number + access code) shows only what the complainant told
// and the office's answer, never internal notes or officers' names. The register needs
// complaint.manage; a citizen lists only the complaints filed with their account.

type Viewer = { id: string; role: Role };

export type TrackedComplaintView = {
  number: string;
  category: string;
  status: ComplaintStatus;
  statusLabel: string;
  submittedOn: string;
  officialConcerned: string;
  closingAnswer: string | null;
  closedOn: string | null;
  anonymous: boolean;
};

export async function trackComplaint(number: string, accessCode: string): Promise<TrackedComplaintView | null> {
  const canonical = normalizeNumber(number);
  const code = normalizeAccessCode(accessCode);
  if (!canonical || !code || !canonical.includes("/ADU/")) return null;
  const row = await db().complaint.findUnique({ where: { number: canonical } });
  if (!row || !safeEqual(code, row.accessCode)) return null;
  const office = await getOffice();
  return {
    number: row.number,
    category: COMPLAINT_CATEGORY_LABELS[row.category as ComplaintCategory],
    status: row.status as ComplaintStatus,
    statusLabel: COMPLAINT_STATUS_LABELS[row.status as ComplaintStatus],
    submittedOn: toOfficeLocalDate(row.submittedAt, office.timeZone),
    officialConcerned: row.officialConcerned,
    closingAnswer: row.closingAnswer,
    closedOn: row.closedAt ? toOfficeLocalDate(row.closedAt, office.timeZone) : null,
    anonymous: isAnonymous(row),
  };
}

export type ComplaintRow = {
  id: string;
  number: string;
  category: string;
  status: ComplaintStatus;
  statusLabel: string;
  submittedOn: string;
  officialConcerned: string;
  unitName: string | null;
  assignee: string | null;
  anonymous: boolean;
};

/** The register (complaint.manage): everything, newest first; anyone else gets nothing. */
export async function listComplaints(viewer: Viewer, status?: ComplaintStatus): Promise<ComplaintRow[]> {
  if (!can(viewer.role, "complaint.manage")) return [];
  return listWhere(status ? { status } : {});
}

/** A citizen's own complaints (filed while signed in). */
export async function listMyComplaints(viewer: Viewer): Promise<ComplaintRow[]> {
  if (!can(viewer.role, "complaint.view_own")) return [];
  return listWhere({ userId: viewer.id });
}

async function listWhere(where: { status?: ComplaintStatus; userId?: string }): Promise<ComplaintRow[]> {
  const office = await getOffice();
  const rows = await db().complaint.findMany({
    where,
    orderBy: [{ year: "desc" }, { sequence: "desc" }],
    take: 500,
    include: { unit: { select: { name: true } }, assignedTo: { select: { name: true } } },
  });
  return rows.map((r) => toComplaintRow(r, office.timeZone));
}

type ComplaintRowSource = Parameters<typeof isAnonymous>[0] & {
  id: string;
  number: string;
  category: string;
  status: string;
  submittedAt: Date;
  officialConcerned: string;
  unit: { name: string } | null;
  assignedTo: { name: string | null } | null;
};

/** The one mapping from a complaint row to what the register list and the detail page show. */
function toComplaintRow(r: ComplaintRowSource, timeZone: string): ComplaintRow {
  return {
    id: r.id,
    number: r.number,
    category: COMPLAINT_CATEGORY_LABELS[r.category as ComplaintCategory],
    status: r.status as ComplaintStatus,
    statusLabel: COMPLAINT_STATUS_LABELS[r.status as ComplaintStatus],
    submittedOn: toOfficeLocalDate(r.submittedAt, timeZone),
    officialConcerned: r.officialConcerned,
    unitName: r.unit?.name ?? null,
    assignee: r.assignedTo?.name ?? null,
    anonymous: isAnonymous(r),
  };
}

export type ComplaintDetailView = ComplaintRow & {
  name: string | null;
  contact: string | null;
  email: string | null;
  description: string;
  incidentDate: string | null;
  assigneeId: string | null;
  closingAnswer: string | null;
  closedOn: string | null;
  notes: { id: string; at: string; author: string | null; text: string }[];
  evidence: { id: string; fileName: string }[];
};

/** One complaint for the register page; null outside complaint.manage. */
export async function getComplaintDetail(viewer: Viewer, id: string): Promise<ComplaintDetailView | null> {
  if (!can(viewer.role, "complaint.manage") || id.length > 40) return null;
  const office = await getOffice();
  const r = await db().complaint.findUnique({
    where: { id },
    include: {
      unit: { select: { name: true } },
      assignedTo: { select: { name: true } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      attachments: { select: { id: true, fileName: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!r) return null;
  return {
    ...toComplaintRow(r, office.timeZone),
    name: r.name,
    contact: r.contact,
    email: r.email,
    description: r.description,
    incidentDate: fromDbDateOrNull(r.incidentDate),
    assigneeId: r.assignedToId,
    closingAnswer: r.closingAnswer,
    closedOn: r.closedAt ? toOfficeLocalDate(r.closedAt, office.timeZone) : null,
    notes: r.notes.map((n) => ({ id: n.id, at: n.createdAt.toISOString(), author: n.author?.name ?? null, text: n.text })),
    evidence: r.attachments,
  };
}

/** Staff who can be assigned a complaint. */
export async function listComplaintAssignees() {
  return db().user.findMany({
    where: { disabled: false, role: { in: [...rolesWith("complaint.follow_up")] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
