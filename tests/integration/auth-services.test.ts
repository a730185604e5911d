import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateAccount } from "@/lib/server/services/account-activation";
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
    const staff = await createStaffUser({ name: "Petugas Nonaktif", email: "nonaktif@kupang.demo", role: "DESK_OFFICER", password: "meja-layanan-77" });
    const admin = await t.client.user.findUniqueOrThrow({ where: { email: "admin@kupang.demo" } });
    await setUserDisabled(admin.id, staff.id, true);
    expect(await verifyCredentials("nonaktif@kupang.demo", "meja-layanan-77")).toEqual({ ok: false, code: "disabled" });
    expect(await verifyCredentials("nonaktif@kupang.demo", "salah-123")).toEqual({ ok: false, code: "invalid" });
    await setUserDisabled(admin.id, staff.id, false);
    expect((await verifyCredentials("nonaktif@kupang.demo", "meja-layanan-77")).ok).toBe(true);
  });

  it("does not let the administrator disable their own account", async () => {
    const admin = await t.client.user.findUniqueOrThrow({ where: { email: "admin@kupang.demo" } });
    await expect(setUserDisabled(admin.id, admin.id, true)).rejects.toThrow("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  });
});

describe("registration", () => {
  it("creates a citizen account with a hashed password, open once activated through the mailed link", async () => {
    const { outcome } = await registerCitizen({ name: "Warga Uji", email: "uji@contoh.test", phone: "081234567890", password: "pelangi-senja-2026", passwordConfirm: "pelangi-senja-2026" });
    expect(outcome).toBe("created");
    const user = await t.client.user.findUniqueOrThrow({ where: { email: "uji@contoh.test" } });
    expect(user.role).toBe("CITIZEN");
    expect(user.passwordHash).not.toContain("pelangi");
    expect((await verifyCredentials("uji@contoh.test", "pelangi-senja-2026")).ok).toBe(false);
    const mail = await t.client.emailOutbox.findFirstOrThrow({ where: { to: "uji@contoh.test", category: "ACCOUNT_ACTIVATION" } });
    await activateAccount(/token=([A-Za-z0-9._-]+)/.exec(mail.text)![1]);
    expect((await verifyCredentials("uji@contoh.test", "pelangi-senja-2026")).ok).toBe(true);
  });

  it("does not reveal a registered e-mail, changes nothing for it, and keeps the owner's password", async () => {
    const before = await t.client.user.count();
    const owner = await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
    const result = await registerCitizen({ name: "Orang Lain", email: "warga@kupang.demo", phone: "081234567890", password: "pelangi-senja-2026", passwordConfirm: "pelangi-senja-2026" });
    expect(result).toEqual({ outcome: "taken" });
    expect(await t.client.user.count()).toBe(before);
    expect((await t.client.user.findUniqueOrThrow({ where: { id: owner.id } })).passwordHash).toBe(owner.passwordHash);
    const notice = await t.client.emailOutbox.findFirstOrThrow({ where: { to: "warga@kupang.demo", category: "ACCOUNT_NOTICE" } });
    expect(notice.text).toContain("sudah memiliki akun");
  });

  it("tells the owner once per office day, however often someone tries", async () => {
    const { timeZone } = await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
    expect(timeZone).toBe("Asia/Makassar");
    const attempt = (iso: string) =>
      registerCitizen({ name: "Orang Lain", email: "meja@kupang.demo", phone: "081234567890", password: "pelangi-senja-2026", passwordConfirm: "pelangi-senja-2026" }, new Date(iso));
    const notices = () => t.client.emailOutbox.count({ where: { to: "meja@kupang.demo", category: "ACCOUNT_NOTICE" } });
    // 08:00 and 23:59 WITA on 1 December: one office day, one notice.
    await attempt("2026-12-01T00:00:00Z");
    await attempt("2026-12-01T15:59:00Z");
    expect(await notices()).toBe(1);
    // 00:30 WITA on 2 December is still 1 December in UTC, but a new office day: a second notice.
    await attempt("2026-12-01T16:30:00Z");
    expect(await notices()).toBe(2);
    // 09:00 WITA on 2 December is a new UTC day, but the same office day: nothing more.
    await attempt("2026-12-02T01:00:00Z");
    expect(await notices()).toBe(2);
  });

  it("refuses common and personal passwords with a field message", async () => {
    const attempt = registerCitizen({ name: "Warga Dua", email: "dua@contoh.test", phone: "081234567890", password: "password1234", passwordConfirm: "password1234" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { password: expect.stringContaining("paling sering dipakai") } });
    await expect(createStaffUser({ name: "Petugas Y", email: "y@kupang.demo", role: "DESK_OFFICER", password: "aaaaaaaaaaa1" })).rejects.toBeInstanceOf(UserError);
  });

  it("refuses a staff account for an unknown unit", async () => {
    await expect(
      createStaffUser({ name: "Petugas X", email: "x@kupang.demo", role: "PPID_PELAKSANA", unitId: "tidak-ada", password: "meja-layanan-77" }),
    ).rejects.toThrow("Unit tidak ditemukan.");
  });
});
