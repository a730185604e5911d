// THE permission table (docs/architecture.md: "authorization in one place"). Every server action
// and every protected page asks `can`/`assertCan`; the query layer narrows what a user may load
// with `caseScopeFor`. Which workflow event a role may fire is decided by the workflow tables;
// the `*.handle`/`*.decide`/`*.record` permissions below gate the office screens and actions that
// fire them, and a unit test checks that both agree.
//
// Decisions (least privilege):
// - "Cases" are requests together with their objections and disputes: the request.view_*
//   permissions scope all three (an objection or dispute is reached through its request).
// - ADMIN runs the office (users, units, settings, calendar) but handles no case, so sees none,
//   and never personal data; aggregated reports and the survey carry no personal data.
// - personal_data.view (NIK, KTP scans, deeds, powers of attorney of OTHER people; UU 27/2022
//   PDP): only those who check identity or rule on a case: desk, PPID Utama, Atasan PPID. A
//   PPID Pelaksana prepares the information and does not need the requester's identity. A
//   citizen always sees their own data through ownership, not through this permission.

import { STAFF_ROLES, type Role } from "./roles";

const STAFF = STAFF_ROLES;

const TABLE = {
  "office.access": STAFF,
  "account.access": ["CITIZEN"],
  // Requests (UU 14/2008 Pasal 22).
  "request.create_own": ["CITIZEN"], // file online, complete, withdraw one's own request
  "request.register_on_behalf": ["DESK_OFFICER", "PPID_UTAMA"], // walk-in, post, e-mail, phone
  // The desk checks what arrives online (a new request, a completion sent) and is told of it.
  // Narrower than request.register_on_behalf, which the PPID Utama also holds: the PPID Utama is
  // told when a decision is due (request.decide), not of every arrival.
  "request.intake_review": ["DESK_OFFICER"],
  "request.view_own": ["CITIZEN"],
  "request.view_any": ["DESK_OFFICER", "PPID_UTAMA", "ATASAN_PPID"],
  "request.view_unit": ["PPID_PELAKSANA"],
  "request.handle": ["DESK_OFFICER", "PPID_UTAMA", "PPID_PELAKSANA"],
  // UU 14/2008 Pasal 22(7)-(8): the PPID decides (written notice, refusal) and extends; the
  // decision rows of the request workflow name exactly these roles (a unit test checks it).
  "request.decide": ["PPID_UTAMA"],
  "request.export": ["DESK_OFFICER", "PPID_UTAMA"], // the request register (buku register)
  // Objections (UU 14/2008 Pasal 35-36).
  "objection.file_own": ["CITIZEN"], // file, answer, withdraw one's own objection
  "objection.file_on_behalf": ["DESK_OFFICER"],
  "objection.decide": ["ATASAN_PPID"],
  // Disputes before the Komisi Informasi (UU 14/2008 Pasal 37): recorded by the body's staff.
  "dispute.record": ["DESK_OFFICER", "PPID_UTAMA"],
  "personal_data.view": ["DESK_OFFICER", "PPID_UTAMA", "ATASAN_PPID"],
  // The catalogue (DIP/DIK). Permendagri 3/2017: the PPID approves what is published; PPID
  // Pelaksana propose entries for their own unit (see canManageUnitItem).
  "dip.view_drafts": ["PPID_UTAMA", "PPID_PELAKSANA"],
  "dip.propose": ["PPID_UTAMA", "PPID_PELAKSANA"],
  "dip.publish": ["PPID_UTAMA"],
  "consequence_test.manage": ["PPID_UTAMA"], // uji konsekuensi, UU 14/2008 Pasal 2(4), 19
  // The DIP compliance check (UU 14/2008 Pasal 9-11): units see their readiness, the PPID Utama
  // keeps the mapping of checklist items to entries.
  "dip.compliance_view": ["PPID_UTAMA", "PPID_PELAKSANA", "ATASAN_PPID"],
  "dip.compliance_map": ["PPID_UTAMA"],
  // Office administration.
  "calendar.manage": ["ADMIN"],
  "settings.manage": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "units.manage": ["ADMIN"],
  // Reports, survey, complaints.
  "reports.view": ["PPID_UTAMA", "ATASAN_PPID", "ADMIN"],
  // Perki 1/2021: the PPID Pelaksana reports on its unit up to the PPID Utama, who writes the
  // body's report (its entered texts); aggregated figures carry no personal data.
  "reports.view_unit": ["PPID_PELAKSANA"],
  "reports.write": ["PPID_UTAMA"],
  "survey.view": ["PPID_UTAMA", "ATASAN_PPID", "ADMIN"],
  // The follow-up published with the survey results (Permenpan RB 14/2017): the PPID Utama.
  "survey.follow_up": ["PPID_UTAMA"],
  // Pengaduan (UU 25/2009 Pasal 36): anyone may file (no permission); the register is the PPID
  // Utama's and the Atasan's; a citizen sees the complaints filed with their own account.
  "complaint.manage": ["PPID_UTAMA", "ATASAN_PPID"],
  // Who may be named to follow a complaint up: case-handling staff (the ADMIN handles no case).
  "complaint.follow_up": ["DESK_OFFICER", "PPID_UTAMA", "PPID_PELAKSANA", "ATASAN_PPID"],
  // The outbox ("Kotak keluar"): read queued/failed messages, resend. Office operations.
  "outbox.manage": ["PPID_UTAMA", "ADMIN"],
  "complaint.view_own": ["CITIZEN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

export const PERMISSIONS: Record<Permission, readonly Role[]> = TABLE;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Verb phrases: "Anda tidak berwenang <label>." and, capitalized, the admin's rights overview. */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "office.access": "membuka kantor layanan",
  "account.access": "membuka akun pemohon",
  "request.create_own": "mengajukan dan menindaklanjuti permohonan sendiri",
  "request.register_on_behalf": "mencatat permohonan atas nama pemohon",
  "request.intake_review": "memeriksa permohonan daring yang masuk dan kelengkapannya",
  "request.view_own": "melihat permohonan sendiri",
  "request.view_any": "melihat semua permohonan, keberatan, dan sengketa",
  "request.view_unit": "melihat permohonan, keberatan, dan sengketa unit sendiri",
  "request.handle": "memproses permohonan",
  "request.decide": "memutus dan memperpanjang permohonan",
  "request.export": "mengunduh register permohonan",
  "objection.file_own": "mengajukan dan menindaklanjuti keberatan sendiri",
  "objection.file_on_behalf": "mencatat keberatan dan tanggapan pemohon atas nama pemohon",
  "objection.decide": "memutus keberatan",
  "dispute.record": "mencatat sengketa informasi",
  "personal_data.view": "melihat data pribadi pemohon (NIK dan KTP)",
  "dip.view_drafts": "melihat draf Daftar Informasi Publik",
  "dip.propose": "mengusulkan entri Daftar Informasi Publik",
  "dip.publish": "mengesahkan dan menerbitkan Daftar Informasi Publik",
  "consequence_test.manage": "mengelola uji konsekuensi",
  "dip.compliance_view": "melihat kesiapan Daftar Informasi Publik",
  "dip.compliance_map": "memetakan daftar wajib informasi ke Daftar Informasi Publik",
  "calendar.manage": "mengelola kalender hari kerja",
  "settings.manage": "mengubah pengaturan kantor",
  "users.manage": "mengelola akun pengguna",
  "units.manage": "mengelola unit kerja",
  "reports.view": "melihat laporan layanan informasi",
  "reports.view_unit": "melihat laporan layanan informasi unit sendiri",
  "reports.write": "mengisi uraian laporan layanan informasi",
  "survey.view": "melihat hasil survei kepuasan masyarakat",
  "survey.follow_up": "menulis tindak lanjut hasil survei kepuasan masyarakat",
  "complaint.manage": "menangani pengaduan",
  "complaint.follow_up": "ditugaskan menindaklanjuti pengaduan",
  "outbox.manage": "membuka kotak keluar surel",
  "complaint.view_own": "melihat pengaduan sendiri",
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}

export function can(role: Role, permission: Permission): boolean {
  if (!isPermission(permission)) return false;
  return PERMISSIONS[permission].includes(role);
}

/** The roles holding a permission (a database filter: "users who may be assigned …"). */
export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

/**
 * The right that applies to an actor: a role holding the `own` right (the citizen) acts on their
 * own case; anyone else acts for someone (the desk records what came in person, by post or phone)
 * and needs `onBehalf`.
 */
export function ownOrOnBehalf<P extends Permission>(role: Role, own: P, onBehalf: P): P {
  return can(role, own) ? own : onBehalf;
}

/**
 * A unit-bound role works for its own unit only (the PPID Pelaksana): the cases forwarded to it,
 * its unit's DIP entries and readiness, its unit's report; its account needs a unit. Read from the
 * table (request.view_unit without request.view_any), so a new unit-bound role is one row.
 */
export function isUnitBound(role: Role): boolean {
  return can(role, "request.view_unit") && !can(role, "request.view_any");
}

/** The permissions of one role, in table order (the admin's rights overview). */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((permission) => can(role, permission));
}

/** Thrown when an actor lacks a right; the message (Indonesian) may be shown as is. */
export class ForbiddenError extends Error {
  constructor(
    message: string,
    readonly role: Role,
    readonly permission: Permission | null = null,
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function assertCan(role: Role, permission: Permission): void {
  if (can(role, permission)) return;
  throw new ForbiddenError(`Anda tidak berwenang ${PERMISSION_LABELS[permission]}.`, role, permission);
}

// ---------------------------------------------------------------- case scoping

export type CaseActor = { role: Role; userId: string; unitId: string | null };

/** The case as far as scoping goes; for an objection or dispute: the fields of its request. */
export type ScopedCase = { requesterUserId: string | null; unitId: string | null };

/** A plain description the query layer turns into a WHERE clause ("none": WHERE false). */
export type CaseScope =
  | { kind: "own"; userId: string }
  | { kind: "unit"; unitId: string }
  | { kind: "all" }
  | { kind: "none" };

/**
 * Which cases an actor may load, derived from the table above so the two cannot disagree.
 * A citizen: only cases they filed with their account (a desk-registered case without an account
 * belongs to nobody's account). A PPID Pelaksana: only cases forwarded to their unit; an
 * unassigned case (unitId null) is not theirs — it sits with the desk and the PPID Utama until
 * forwarded, and a PPID Pelaksana without a unit sees nothing. Desk, PPID Utama, Atasan: all.
 */
export function caseScopeFor(actor: CaseActor): CaseScope {
  if (can(actor.role, "request.view_any")) return { kind: "all" };
  if (can(actor.role, "request.view_unit")) {
    return actor.unitId ? { kind: "unit", unitId: actor.unitId } : { kind: "none" };
  }
  if (can(actor.role, "request.view_own") && actor.userId) return { kind: "own", userId: actor.userId };
  return { kind: "none" };
}

export function caseInScope(scope: CaseScope, kase: ScopedCase): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "unit") return kase.unitId !== null && kase.unitId === scope.unitId;
  if (scope.kind === "own") return kase.requesterUserId !== null && kase.requesterUserId === scope.userId;
  return false;
}

export function canAccessCase(actor: CaseActor, kase: ScopedCase): boolean {
  return caseInScope(caseScopeFor(actor), kase);
}

export function assertCanAccessCase(actor: CaseActor, kase: ScopedCase): void {
  if (canAccessCase(actor, kase)) return;
  throw new ForbiddenError("Anda tidak berwenang membuka perkara ini.", actor.role);
}

/**
 * Unit-bound items of the office (DIP entries): the PPID Utama manages every unit's items, a
 * PPID Pelaksana only their own unit's, with the given permission (dip.propose, dip.view_drafts).
 */
export function canManageUnitItem(actor: CaseActor, permission: Permission, itemUnitId: string): boolean {
  if (!can(actor.role, permission)) return false;
  if (!isUnitBound(actor.role)) return true;
  return actor.unitId !== null && actor.unitId === itemUnitId;
}
