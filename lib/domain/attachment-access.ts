// Who may download a stored file (docs/architecture.md: "access checks on download"). Pure: the
// route handler loads the facts, this decides. Rules:
// - Public: the documents and images of a PUBLISHED entry of the DIP proper (UU 14/2008 Pasal
//   9–11); never those of an exempt (DIKECUALIKAN) entry, whose listing is public but whose
//   content is not (Pasal 17).
// - Other catalogue files (drafts, exempt entries): whoever may see the entry's drafts — the PPID
//   Utama, a PPID Pelaksana for their own unit (dip.view_drafts).
// - Consequence-test sheets: consequence_test.manage, or a PPID Pelaksana whose unit's entry
//   rests on that test.
// - Case files (request, objection, dispute): the case scoping of permissions.ts (a citizen only
//   their own cases); identity papers of a person (KTP, deed, power of attorney; UU 27/2022 PDP)
//   additionally need personal_data.view unless the user owns the case; the internal answer draft
//   is for staff only.
// - Complaint evidence: the complaint register (complaint.manage) and the citizen who filed the
//   complaint with their account; never the public (it may name officials and witnesses).
// - A file linked to nothing yet: its uploader only.

import { can, canManageUnitItem, caseInScope, caseScopeFor, type CaseActor, type ScopedCase } from "./permissions";

export const ATTACHMENT_PURPOSES = [
  "KTP",
  "LEGAL_ENTITY_DOC",
  "POWER_OF_ATTORNEY",
  "SUPPORTING",
  "COMPLETION",
  "ANSWER_DRAFT",
  "DELIVERED_INFORMATION",
  "DIP_DOCUMENT",
  "CONSEQUENCE_TEST_SHEET",
  "DISPUTE_DOCUMENT",
  "ANNOUNCEMENT_IMAGE",
  "COMPLAINT_EVIDENCE",
] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

/** Identity papers of a person (UU 27/2022 PDP): personal_data.view or the owner only. */
export const PERSONAL_DATA_PURPOSES: readonly AttachmentPurpose[] = ["KTP", "LEGAL_ENTITY_DOC", "POWER_OF_ATTORNEY"];

/** Internal working papers of a case: staff in scope only, never the requester. */
export const INTERNAL_CASE_PURPOSES: readonly AttachmentPurpose[] = ["ANSWER_DRAFT"];

const PUBLIC_DIP_PURPOSES: readonly AttachmentPurpose[] = ["DIP_DOCUMENT", "ANNOUNCEMENT_IMAGE"];

export type AttachmentFacts = {
  purpose: AttachmentPurpose;
  uploadedById: string | null;
  dipEntry: { status: string; category: string; unitId: string } | null;
  /** The units whose entries rest on the consequence test the file belongs to. */
  consequenceTest: { linkedUnitIds: readonly string[] } | null;
  /** For request/objection/dispute files: the scoping fields of the request. */
  kase: (ScopedCase & { ownerUserIds: readonly string[] }) | null;
  /** For complaint evidence: the account the complaint was filed with. */
  complaint?: { userId: string | null } | null;
};

export type AccessVerdict = "public" | "allowed" | "denied";

export function isPublicAttachment(facts: AttachmentFacts): boolean {
  const entry = facts.dipEntry;
  if (!entry || !PUBLIC_DIP_PURPOSES.includes(facts.purpose)) return false;
  return entry.status === "PUBLISHED" && entry.category !== "DIKECUALIKAN";
}

export function attachmentAccess(facts: AttachmentFacts, actor: CaseActor | null): AccessVerdict {
  if (isPublicAttachment(facts)) return "public";
  if (!actor) return "denied";
  return mayOpen(facts, actor) ? "allowed" : "denied";
}

function mayOpen(facts: AttachmentFacts, actor: CaseActor): boolean {
  if (facts.dipEntry) return canManageUnitItem(actor, "dip.view_drafts", facts.dipEntry.unitId);
  if (facts.consequenceTest) {
    if (can(actor.role, "consequence_test.manage")) return true;
    return facts.consequenceTest.linkedUnitIds.some((unitId) => canManageUnitItem(actor, "dip.view_drafts", unitId));
  }
  if (facts.kase) return mayOpenCaseFile(facts, facts.kase, actor);
  if (facts.complaint) {
    if (can(actor.role, "complaint.manage")) return true;
    return can(actor.role, "complaint.view_own") && facts.complaint.userId !== null && facts.complaint.userId === actor.userId;
  }
  return facts.uploadedById !== null && facts.uploadedById === actor.userId;
}

function mayOpenCaseFile(facts: AttachmentFacts, kase: NonNullable<AttachmentFacts["kase"]>, actor: CaseActor): boolean {
  const owner = kase.ownerUserIds.includes(actor.userId);
  const scoped = caseInScope(caseScopeFor(actor), kase);
  if (INTERNAL_CASE_PURPOSES.includes(facts.purpose)) return scoped && can(actor.role, "office.access");
  if (!owner && !scoped) return false;
  if (PERSONAL_DATA_PURPOSES.includes(facts.purpose)) return owner || can(actor.role, "personal_data.view");
  return true;
}

/**
 * How a refused download answers: 403 to someone who may open the case the file belongs to (they
 * already know it exists: a PPID Pelaksana without the personal-data right, a requester and the
 * internal draft), 404 to everyone else — the same answer as for a file that does not exist, so an
 * outsider cannot probe which documents exist.
 */
export function refusalStatus(facts: AttachmentFacts, actor: CaseActor | null): 403 | 404 {
  if (!actor || !facts.kase) return 404;
  const insider = facts.kase.ownerUserIds.includes(actor.userId) || caseInScope(caseScopeFor(actor), facts.kase);
  return insider ? 403 : 404;
}
