import "server-only";
import { db } from "@/lib/server/db";

/** The active units as choices for a select (request forms, staff accounts), by name. */
export async function listActiveUnitChoices(): Promise<{ id: string; name: string }[]> {
  return db().unit.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
