import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/server/auth";
import { resolveSession } from "@/lib/server/user-sessions";
import { can, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
};

/**
 * The signed-in user, re-read from the database through the server-side session: an ended, idle or
 * replayed-after-sign-out session, or a disabled account, is signed out at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = (session?.user as { sid?: string | null } | undefined)?.sid;
  if (!id || !sid) return null;
  const user = await resolveSession(sid, id);
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
  };
});

/**
 * Every protected page calls this itself (a layout check alone is not enough): anonymous visitors go
 * to sign-in and come back; signed-in users without the permission get the 403 page.
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/masuk?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) redirect("/terlarang");
  return user;
}
