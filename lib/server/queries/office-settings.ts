import type { ServiceHours } from "@/lib/domain/calendar";
import type { Letterhead, OfficeProfile, OfficeSettings } from "@/lib/view-types/office";

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
