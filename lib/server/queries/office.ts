import "server-only";
import { cache } from "react";
import { DEFAULT_SERVICE_HOURS } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db";
import { toOfficeSettings } from "@/lib/server/queries/office-settings";
import type { OfficeSettings } from "@/lib/view-types/office";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";

// What `next build` renders in place of the office (never served: see lib/server/public-cache.ts).
const AT_BUILD: OfficeSettings = {
  name: "", shortName: "", bodyName: "", officeCode: "", address: "", city: "", province: "", phone: "", email: "",
  website: null, mapUrl: null, timeZone: "Asia/Makassar", serviceHours: DEFAULT_SERVICE_HOURS,
  cutiBersamaIsWorkingDay: false, requirementsCompletionDays: 0,
  profile: { about: "", vision: "", duties: [], authorities: [], serviceStandard: "", serviceCost: "", channels: [] },
  letterhead: { lines: [], signerTitle: "", signerName: "" }, komisiInformasi: "", isDemo: false,
};

const readOffice = cachedPublicQuery({ key: "office", tags: [PUBLIC_TAGS.office], atBuild: AT_BUILD }, async (): Promise<OfficeSettings> => {
  const row = await db().officeSetting.findUnique({ where: { id: 1 } });
  if (!row) throw new Error("Office settings are missing: run the seed (npm start does it on an empty database).");
  return toOfficeSettings(row);
});

/** The office this deployment serves (one row): from the public cache, read once per request. */
export const getOffice = cache(() => readOffice());
