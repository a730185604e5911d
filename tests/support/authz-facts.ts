// What the authorization matrices know of the prepared objects (tests/support/authz-fixtures.ts makes
// them): plain data, importable where server modules may not be (the Playwright specs).
import type { ScopedCase } from "../../lib/domain/permissions";
import type { Role } from "../../lib/domain/roles";

export const CITIZEN_B = "warga-b@kupang.demo";
export const PELAKSANA_DIKBUD = "pelaksana-dikbud@kupang.demo";

export type AuthzFacts = {
  units: Record<string, string>;
  users: Record<string, { id: string; role: Role; unitId: string | null }>;
  request: ScopedCase & { id: string; number: string };
  letter: { id: string; kase: ScopedCase };
  ktp: { id: string; kase: ScopedCase };
  /** A demo objection on a DINKES request (no citizen account). */
  objection: { id: string; number: string; kase: ScopedCase };
  /** Citizen A's own objection on the request above. */
  ownObjection: { id: string; number: string; kase: ScopedCase };
  dispute: { id: string; kase: ScopedCase };
  complaint: { id: string; userId: string };
  dipEntry: { id: string; unitId: string };
  consequenceTest: { id: string };
};
