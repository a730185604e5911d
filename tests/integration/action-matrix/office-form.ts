// The office settings form as the administrator's page sends it, filled with the demo office.
import { DEMO_OFFICE } from "@/prisma/seed-data/office";

export function officeSettingsForm(): Record<string, string> {
  const { profile, letterhead, serviceHours } = DEMO_OFFICE;
  const hours = Object.fromEntries(
    Object.entries(serviceHours).flatMap(([day, h]) => (h ? [[`open${day}`, h.open], [`close${day}`, h.close]] : [[`closed${day}`, "on"]])),
  );
  return {
    name: DEMO_OFFICE.name, shortName: DEMO_OFFICE.shortName, bodyName: DEMO_OFFICE.bodyName, officeCode: DEMO_OFFICE.officeCode,
    address: DEMO_OFFICE.address, city: DEMO_OFFICE.city, province: DEMO_OFFICE.province, phone: DEMO_OFFICE.phone, email: DEMO_OFFICE.email,
    website: "", mapUrl: DEMO_OFFICE.mapUrl, komisiInformasi: DEMO_OFFICE.komisiInformasi, timeZone: DEMO_OFFICE.timeZone,
    requirementsCompletionDays: String(DEMO_OFFICE.requirementsCompletionDays),
    about: profile.about, vision: profile.vision, duties: profile.duties.join("\n"), authorities: profile.authorities.join("\n"),
    serviceStandard: profile.serviceStandard, serviceCost: profile.serviceCost, channels: profile.channels.join("\n"),
    letterheadLines: letterhead.lines.join("\n"), signerTitle: letterhead.signerTitle, signerName: letterhead.signerName,
    ...hours,
  };
}
