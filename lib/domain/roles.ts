// The user roles of the portal (enum Role in prisma/schema.prisma: do not rename) and the
// "SYSTEM" actor, which is no user role: it fires the automatic events (lapse, recomputation,
// the follow-up order of an accepted objection).

export const ROLES = ["CITIZEN", "DESK_OFFICER", "PPID_UTAMA", "PPID_PELAKSANA", "ATASAN_PPID", "ADMIN"] as const;

export type Role = (typeof ROLES)[number];

export const SYSTEM_ACTOR = "SYSTEM" as const;

export type SystemActor = typeof SYSTEM_ACTOR;

/** Whoever fires a workflow event: a signed-in user's role or the system itself. */
export type Actor = Role | SystemActor;

export const ACTORS: readonly Actor[] = [...ROLES, SYSTEM_ACTOR];

/** Every role but the citizen works in the back office. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== "CITIZEN");

export const ROLE_LABELS: Record<Role, string> = {
  CITIZEN: "Pemohon",
  DESK_OFFICER: "Petugas Meja Layanan",
  PPID_UTAMA: "PPID Utama",
  PPID_PELAKSANA: "PPID Pelaksana",
  ATASAN_PPID: "Atasan PPID",
  ADMIN: "Administrator",
};

export const ACTOR_LABELS: Record<Actor, string> = { ...ROLE_LABELS, SYSTEM: "Sistem" };

export const CITIZEN_LANDING_PATH = "/akun";
export const OFFICE_LANDING_PATH = "/kantor";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isStaff(role: Role): boolean {
  return role !== "CITIZEN";
}

/** Where a user lands after signing in: citizens in their account, all staff in the office. */
export function landingPathFor(role: Role): string {
  return isStaff(role) ? OFFICE_LANDING_PATH : CITIZEN_LANDING_PATH;
}
