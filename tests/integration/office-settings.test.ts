import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZUpdateOfficeSettingsInput } from "@/lib/schemas/office-settings";
import { updateOfficeSettings } from "@/lib/server/services/update-office-settings";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createRequest, useCaseRowsClient, wita, ymd } from "../support/calendar-case-rows";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const admin = { id: null, role: "ADMIN" };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  useCaseRowsClient(t.client);
});
afterAll(() => t.close());

/** The form as the settings page sends it, filled with the current settings. */
async function currentForm(): Promise<Record<string, string>> {
  const o = await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
  const p = o.profile as Record<string, string | string[]>;
  const l = o.letterhead as { lines: string[]; signerTitle: string; signerName: string };
  const hours = o.serviceHours as Record<string, { open: string; close: string } | null>;
  const form: Record<string, string> = {
    name: o.name, shortName: o.shortName, bodyName: o.bodyName, officeCode: o.officeCode, address: o.address,
    city: o.city, province: o.province, phone: o.phone, email: o.email, website: o.website ?? "", mapUrl: o.mapUrl ?? "",
    komisiInformasi: o.komisiInformasi, timeZone: o.timeZone, requirementsCompletionDays: String(o.requirementsCompletionDays),
    about: p.about as string, vision: p.vision as string, duties: (p.duties as string[]).join("\n"),
    authorities: (p.authorities as string[]).join("\n"), serviceStandard: p.serviceStandard as string,
    serviceCost: p.serviceCost as string, channels: (p.channels as string[]).join("\n"),
    letterheadLines: l.lines.join("\n"), signerTitle: l.signerTitle, signerName: l.signerName,
  };
  for (let d = 1; d <= 7; d++) {
    const h = hours[d];
    if (h) Object.assign(form, { [`open${d}`]: h.open, [`close${d}`]: h.close });
    else form[`closed${d}`] = "on";
  }
  return form;
}

describe("office settings edited by the administrator", () => {
  it("saves the public profile and contacts", async () => {
    const input = ZUpdateOfficeSettingsInput.parse({ ...(await currentForm()), phone: "(0380) 555 123", duties: "Tugas satu\n\nTugas dua\n" });
    await updateOfficeSettings(input, admin);
    const o = await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
    expect(o.phone).toBe("(0380) 555 123");
    expect((o.profile as { duties: string[] }).duties).toEqual(["Tugas satu", "Tugas dua"]);
    expect((o.serviceHours as Record<string, unknown>)["6"]).toBeNull();
  });

  it("refuses bad input with Indonesian field messages", async () => {
    const form = await currentForm();
    const result = ZUpdateOfficeSettingsInput.safeParse({ ...form, email: "bukan", open2: "17:00", close2: "08:00", officeCode: "ppid/kpg", timeZone: "Europe/Paris" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages.email).toBe("Masukkan alamat email yang benar.");
    expect(messages.officeCode).toMatch(/^Kode kantor/);
    expect(messages.timeZone).toMatch(/WIB, WITA, atau WIT/);
  });

  it("recomputes open completion periods when the period changes, and logs it on the case", async () => {
    const request = await createRequest(wita("2026-03-02T09:00"), { status: "AWAITING_COMPLETION", completionRequestedOn: "2026-03-03" });
    expect(ymd(request.completionDueDate)).toBe("2026-03-05");
    const { recomputed } = await updateOfficeSettings(ZUpdateOfficeSettingsInput.parse({ ...(await currentForm()), requirementsCompletionDays: "5" }), admin);
    expect(recomputed.changed).toBeGreaterThanOrEqual(1);
    const after = await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(ymd(after.completionDueDate)).toBe("2026-03-10");
    const event = await t.client.caseEvent.findFirstOrThrow({ where: { requestId: request.id, event: "RECOMPUTE_DEADLINE" } });
    expect(event.note).toMatch(/5 hari kerja/);
  });
});
