import "server-only";
import { can, PERMISSION_LABELS, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { UserError } from "@/lib/server/errors";

// The one permission assert of the services. The action wrapper and the protected pages have
// already asked the table (lib/domain/permissions.ts); every service asks again, because a service
// is also called from jobs, route handlers and tests, and must not trust its caller.

/** Refuses with FORBIDDEN and the table's Indonesian verb phrase ("Anda tidak berwenang …"). */
export function assertPermission(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) throw new UserError("FORBIDDEN", `Anda tidak berwenang ${PERMISSION_LABELS[permission]}.`);
}
