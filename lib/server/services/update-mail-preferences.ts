import "server-only";
import { optOutsAfter } from "@/lib/domain/notifications";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

/** Stores which optional mails a user turned off; statutory notices cannot be turned off (not offered). */
export async function updateMailPreferences(user: { id: string; role: Role }, enabled: readonly string[]) {
  const mailOptOut = optOutsAfter(user.role, enabled);
  await db().user.update({ where: { id: user.id }, data: { mailOptOut } });
  return { optedOut: mailOptOut.length };
}

export async function loadMailOptOut(userId: string): Promise<string[]> {
  return (await db().user.findUnique({ where: { id: userId }, select: { mailOptOut: true } }))?.mailOptOut ?? [];
}
