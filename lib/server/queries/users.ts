import "server-only";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type UserAccountRow = { id: string; name: string; email: string; role: Role; unitName: string | null; disabled: boolean };

/** Every account for the administrator's user list, by role and then name. */
export async function listUserAccounts(): Promise<UserAccountRow[]> {
  const users = await db().user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, unit: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role as Role, unitName: u.unit?.name ?? null, disabled: u.disabled }));
}
