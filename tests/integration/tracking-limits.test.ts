import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { setRateLimitStoreForTests } from "@/lib/server/rate-limit";
import { checkAccessCode } from "@/lib/server/services/check-access-code";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let request: { number: string; accessCode: string };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  setRateLimitStoreForTests({ kind: "memory" });
  request = await t.client.informationRequest.create({
    data: {
      number: "501/PMH/PPID-KPG/2026", year: 2026, sequence: 501, accessCode: "ABCD2345", channel: "WALK_IN",
      submittedAt: new Date("2026-03-17T02:00:00Z"), receivedDate: new Date("2026-03-17T00:00:00Z"), requesterType: "INDIVIDUAL",
      requesterName: "Uji Coba", address: "Kupang", phone: "081234567890", informationRequested: "Dokumen uji", purpose: "Pengujian",
      obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
    },
  });
});
afterAll(async () => {
  setRateLimitStoreForTests(undefined);
  await t.close();
});

describe("number + access code guessing", () => {
  it("finds the request with the right pair, typed loosely", async () => {
    expect(await checkAccessCode("501/pmh/ppid-kpg/2026", "abcd-2345", "10.1.0.1")).toMatchObject({ ok: true, request: { number: request.number } });
  });

  it("stops a number after ten wrong codes, from any address, even for the right code", async () => {
    for (let i = 0; i < 10; i++) {
      const r = await checkAccessCode(request.number, `WRONG${i}`, `10.2.0.${i}`);
      expect(r.ok).toBe(false);
    }
    const blocked = await checkAccessCode(request.number, request.accessCode, "10.2.9.9");
    expect(blocked).toMatchObject({ ok: false, message: expect.stringContaining("Terlalu banyak percobaan") });
  });

  it("stops an address after twenty wrong pairs, whatever the numbers", async () => {
    for (let i = 0; i < 20; i++) await checkAccessCode(`${600 + i}/PMH/PPID-KPG/2026`, "ZZZZ2222", "10.3.0.1");
    expect(await checkAccessCode("999/PMH/PPID-KPG/2026", "ZZZZ2222", "10.3.0.1")).toMatchObject({ ok: false, message: expect.stringContaining("Coba lagi dalam") });
  });
});
