// The office (one row of settings) as components see it: plain data, Prisma types stay on the server.
import type { ServiceHours } from "@/lib/domain/calendar";
import type { Role } from "@/lib/domain/roles";

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

/** The back-office frame around every /kantor page: the menu for the role and the open tasks in the user's queue. */
export type OfficeFrameView = { role: Role; tasks: { total: number; overdue: number } };
