import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCitizen } from "@/lib/server/services/register-citizen";
import { createStaffUser, setUserDisabled } from "@/lib/server/services/manage-staff-users";
import { verifyCredentials } from "@/lib/server/services/verify-credentials";
import { UserError } from "@/lib/server/errors";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(() => t.close());

describe("sign-in credentials", () => {
  it("accepts a demo account and reports its role and unit", async () => {
    const result = await verifyCredentials("PELAKSANA@kupang.demo ", "demo-ppid-2026");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.role).toBe("PPID_PELAKSANA");
    const unit = await t.client.unit.findUnique({ where: { id: result.user.unitId! } });
    expect(unit?.code).toBe("DINKES");
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    expect(await verifyCredentials("warga@kupang.demo", "salah")).toEqual({ ok: false, code: "invalid" });
    expect(await verifyCredentials("siapa@kupang.demo", "salah")).toEqual({ ok: false, code: "invalid" });
  });

  it("tells a disabled account apart only to someone who knows its password", async () => {
    const staff = await createStaffUser({ name: "Petugas Nonaktif", email: "nonaktif@kupang.demo", role: "DESK_OFFICER", password: "kata-sandi-123" });
    const admin = await t.client.user.findUniqueOrThrow({ where: { email: "admin@kupang.demo" } });
    await setUserDisabled(admin.id, staff.id, true);
    expect(await verifyCredentials("nonaktif@kupang.demo", "kata-sandi-123")).toEqual({ ok: false, code: "disabled" });
    expect(await verifyCredentials("nonaktif@kupang.demo", "salah-123")).toEqual({ ok: false, code: "invalid" });
    await setUserDisabled(admin.id, staff.id, false);
    expect((await verifyCredentials("nonaktif@kupang.demo", "kata-sandi-123")).ok).toBe(true);
  });

  it("does not let the administrator disable their own account", async () => {
    const admin = await t.client.user.findUniqueOrThrow({ where: { email: "admin@kupang.demo" } });
    await expect(setUserDisabled(admin.id, admin.id, true)).rejects.toThrow("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  });
});

describe("registration", () => {
  it("creates a citizen account with a hashed password", async () => {
    const { id } = await registerCitizen({ name: "Warga Uji", email: "uji@contoh.test", phone: "081234567890", password: "rahasia-2026", passwordConfirm: "rahasia-2026" });
    const user = await t.client.user.findUniqueOrThrow({ where: { id } });
    expect(user.role).toBe("CITIZEN");
    expect(user.passwordHash).not.toContain("rahasia");
    expect((await verifyCredentials("uji@contoh.test", "rahasia-2026")).ok).toBe(true);
  });

  it("refuses an e-mail that is already registered, with a field message, and creates nothing", async () => {
    const before = await t.client.user.count();
    const attempt = registerCitizen({ name: "Orang Lain", email: "warga@kupang.demo", phone: "081234567890", password: "rahasia-2026", passwordConfirm: "rahasia-2026" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: "Email ini sudah terdaftar." } });
    expect(await t.client.user.count()).toBe(before);
  });

  it("refuses a staff account for an unknown unit", async () => {
    await expect(
      createStaffUser({ name: "Petugas X", email: "x@kupang.demo", role: "PPID_PELAKSANA", unitId: "tidak-ada", password: "kata-sandi-123" }),
    ).rejects.toThrow("Unit tidak ditemukan.");
  });
});
