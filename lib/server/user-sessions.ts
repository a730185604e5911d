import "server-only";
import { STAFF_ROLES, type Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

// Server-side sessions (OWASP ASVS 3.3): the signed cookie carries only a session id; this table
// decides whether it is still valid. Sign-out ends that session; disabling an account or changing
// its password ends all of them; a session left idle longer than the limit ends by itself.

/** Minutes without activity after which a session ends: staff 30 (SESSION_IDLE_MINUTES), citizens 120. */
export function idleMinutes(role: Role): number {
  const staff = Number(env().SESSION_IDLE_MINUTES ?? 30);
  const citizen = Number(env().CITIZEN_SESSION_IDLE_MINUTES ?? 120);
  const pick = STAFF_ROLES.includes(role) ? staff : citizen;
  return Number.isFinite(pick) && pick > 0 ? pick : 30;
}

/** Activity is written at most once a minute (no write per page view). */
const TOUCH_AFTER_MS = 60_000;

export async function startSession(userId: string): Promise<string> {
  const row = await db().userSession.create({ data: { userId }, select: { id: true } });
  return row.id;
}

export async function endSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Every session of the user, at once (account disabled, password changed). */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await db().userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return count;
}

/** The session's user when the session is live; ends it when it went idle. */
export async function resolveSession(sessionId: string, userId: string, now: Date = new Date()) {
  const row = await db().userSession.findUnique({ where: { id: sessionId }, include: { user: { include: { unit: true } } } });
  if (!row || row.userId !== userId || row.endedAt || row.user.disabled) return null;
  const idleMs = idleMinutes(row.user.role as Role) * 60_000;
  if (now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await db().userSession.update({ where: { id: row.id }, data: { endedAt: now } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db().userSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return row.user;
}
