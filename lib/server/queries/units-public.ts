import "server-only";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";

export type PublicUnit = { id: string; name: string; kind: string; head: string | null };

/** Active units for Profil, from the public cache (revoked by PUBLIC_TAGS.units). */
export const listActiveUnits = cachedPublicQuery({ key: "units-active", tags: [PUBLIC_TAGS.units], atBuild: [] as PublicUnit[] }, async (): Promise<PublicUnit[]> =>
  db().unit.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true, head: true } }),
);
