import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { toOfficeSettings, type OfficeSettings } from "@/lib/server/queries/office-settings";

/** The office this deployment serves (one row), read once per request. */
export const getOffice = cache(async (): Promise<OfficeSettings> => {
  const row = await db().officeSetting.findUnique({ where: { id: 1 } });
  if (!row) throw new Error("Office settings are missing: run the seed (npm start does it on an empty database).");
  return toOfficeSettings(row);
});
