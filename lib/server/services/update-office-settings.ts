import "server-only";
import type { TUpdateOfficeSettingsInput } from "@/lib/schemas/office-settings";
import { runCalendarChange } from "@/lib/server/services/calendar-change";
import type { RecomputeActor } from "@/lib/server/services/recompute-open-deadlines";

/**
 * The administrator edits the office's settings and public profile (no redeploy). The time zone,
 * service hours and completion period feed the deadline rules (docs/domain.md, Working days), so the change
 * runs in the calendar frame: one transaction that also recomputes every open deadline.
 */
export async function updateOfficeSettings(input: TUpdateOfficeSettingsInput, actor: RecomputeActor) {
  return runCalendarChange(actor, async (tx) => {
    const before = await tx.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
    await tx.officeSetting.update({
      where: { id: 1 },
      data: {
        name: input.name,
        shortName: input.shortName,
        bodyName: input.bodyName,
        officeCode: input.officeCode,
        address: input.address,
        city: input.city,
        province: input.province,
        phone: input.phone,
        email: input.email,
        website: input.website,
        mapUrl: input.mapUrl,
        komisiInformasi: input.komisiInformasi,
        timeZone: input.timeZone,
        requirementsCompletionDays: input.requirementsCompletionDays,
        serviceHours: input.serviceHours,
        profile: {
          about: input.about,
          vision: input.vision,
          duties: input.duties,
          authorities: input.authorities,
          serviceStandard: input.serviceStandard,
          serviceCost: input.serviceCost,
          channels: input.channels,
        },
        letterhead: { lines: input.letterheadLines, signerTitle: input.signerTitle, signerName: input.signerName },
      },
    });
    const changed = [
      before.timeZone !== input.timeZone && `zona waktu menjadi ${input.timeZone}`,
      JSON.stringify(before.serviceHours) !== JSON.stringify(input.serviceHours) && "jam layanan diubah",
      before.requirementsCompletionDays !== input.requirementsCompletionDays &&
        `jangka waktu melengkapi persyaratan menjadi ${input.requirementsCompletionDays} hari kerja`,
    ].filter(Boolean);
    return { reason: `pengaturan kantor: ${changed.join(", ") || "profil dan kontak diubah"}`, result: { changed } };
  });
}
