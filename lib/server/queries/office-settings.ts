import type { ServiceHours } from "@/lib/domain/calendar";

export type OfficeProfile = {
  about: string;
  vision: string;
  duties: string[];
  authorities: string[];
  serviceStandard: string;
  serviceCost: string;
  channels: string[];
};

export type Letterhead = { lines: string[]; signerTitle: string; signerName: string };

/** Plain data for components: Prisma types stay on the server. */
export type OfficeSettings = {
  name: string;
  shortName: string;
  bodyName: string;
  officeCode: string;
  address: string;
  city: string;
  province: string;
  phone: string;
  email: string;
  website: string | null;
  mapUrl: string | null;
  timeZone: string;
  serviceHours: ServiceHours;
  cutiBersamaIsWorkingDay: boolean;
  requirementsCompletionDays: number;
  profile: OfficeProfile;
  letterhead: Letterhead;
  komisiInformasi: string;
  isDemo: boolean;
};

type Row = Omit<OfficeSettings, "serviceHours" | "profile" | "letterhead"> & {
  serviceHours: unknown;
  profile: unknown;
  letterhead: unknown;
};

export function toOfficeSettings(row: Row): OfficeSettings {
  return {
    name: row.name,
    shortName: row.shortName,
    bodyName: row.bodyName,
    officeCode: row.officeCode,
    address: row.address,
    city: row.city,
    province: row.province,
    phone: row.phone,
    email: row.email,
    website: row.website,
    mapUrl: row.mapUrl,
    timeZone: row.timeZone,
    serviceHours: row.serviceHours as ServiceHours,
    cutiBersamaIsWorkingDay: row.cutiBersamaIsWorkingDay,
    requirementsCompletionDays: row.requirementsCompletionDays,
    profile: row.profile as OfficeProfile,
    letterhead: row.letterhead as Letterhead,
    komisiInformasi: row.komisiInformasi,
    isDemo: row.isDemo,
  };
}
