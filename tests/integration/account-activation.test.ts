import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_REFUSED_MESSAGE } from "@/lib/domain/account-activation";
import { setRateLimitStoreForTests } from "@/lib/server/rate-limit";
import { activateAccount, readActivationLink, resendActivation } from "@/lib/server/services/account-activation";
import { attemptSignIn } from "@/lib/server/services/attempt-sign-in";
import { requestPasswordReset, resetPassword } from "@/lib/server/services/password-reset";
import { registerCitizen } from "@/lib/server/services/register-citizen";
import { verifyCredentials } from "@/lib/server/services/verify-credentials";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

// Registration answers alike for every address; a new account opens only through the mailed link.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(() => t.close());
beforeEach(() => setRateLimitStoreForTests({ kind: "memory" }));

const form = (email: string, password: string, name = "Warga Baru") => ({ name, email, phone: "081234567890", password, passwordConfirm: password });
const mails = (to: string, category: string) => t.client.emailOutbox.findMany({ where: { to, category }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => /\/aktivasi\?token=([A-Za-z0-9._-]+)/.exec(text)?.[1] ?? "";
async function lastLink(to: string): Promise<string> {
  const sent = await mails(to, "ACCOUNT_ACTIVATION");
  return tokenIn(sent.at(-1)?.text ?? "");
}

describe("registration with activation by e-mail", () => {
  it("the demo accounts are active", async () => {
    expect(await t.client.user.count({ where: { activationPendingSince: { not: null } } })).toBe(0);
    expect((await verifyCredentials("warga@kupang.demo", "demo-ppid-2026")).ok).toBe(true);
  });

  it("a new account waits for its link: before it, the right password gets the wrong-password answer", async () => {
    expect(await registerCitizen(form("baru@contoh.test", "pelangi-senja-2026"))).toEqual({ outcome: "created" });
    expect(await verifyCredentials("baru@contoh.test", "pelangi-senja-2026")).toEqual({ ok: false, code: "inactive" });
    const right = await attemptSignIn("baru@contoh.test", "pelangi-senja-2026", "10.1.0.1");
    const wrong = await attemptSignIn("baru@contoh.test", "salah-salah-2026", "10.1.0.1");
    expect(right.ok).toBe(false);
    expect(wrong.ok).toBe(false);

    const [mail] = await mails("baru@contoh.test", "ACCOUNT_ACTIVATION");
    expect(mail.subject).toBe("Aktifkan akun Portal PPID Anda");
    expect(mail.text).toContain("berlaku 48 jam");
    const token = tokenIn(mail.text);
    expect(await readActivationLink(token)).toMatchObject({ state: "pending", name: "Warga Baru" });
    await activateAccount(token);
    expect((await verifyCredentials("baru@contoh.test", "pelangi-senja-2026")).ok).toBe(true);
    // A second click changes nothing and says so.
    await activateAccount(token);
    expect(await readActivationLink(token)).toEqual({ state: "active" });
  });

  it("a sign-in to a waiting account counts against the limits like a wrong password", async () => {
    await registerCitizen(form("hitung@contoh.test", "pelangi-senja-2026"));
    for (let i = 0; i < 5; i++) expect(await attemptSignIn("hitung@contoh.test", "pelangi-senja-2026", "10.1.0.2")).toMatchObject({ code: "inactive" });
    expect(await attemptSignIn("hitung@contoh.test", "pelangi-senja-2026", "10.1.0.2")).toMatchObject({ code: "limited" });
  });

  it("refuses a forged, altered or expired link", async () => {
    await registerCitizen(form("kedaluwarsa@contoh.test", "pelangi-senja-2026"), new Date("2026-12-01T00:00:00Z"));
    const token = await lastLink("kedaluwarsa@contoh.test");
    expect(await readActivationLink(token, new Date("2026-12-02T23:59:00Z"))).toMatchObject({ state: "pending" });
    expect(await readActivationLink(token, new Date("2026-12-03T00:00:01Z"))).toEqual({ state: "invalid" });
    await expect(activateAccount(token, new Date("2026-12-03T00:00:01Z"))).rejects.toThrow("Tautan aktivasi tidak berlaku");
    const [kind, id, exp] = token.split(".");
    expect(await readActivationLink(`${kind}.${id}.${Number(exp) + 86400}.${token.split(".")[3]}`)).toEqual({ state: "invalid" });
    expect(await readActivationLink("activate.abc_def.9999999999.xyz")).toEqual({ state: "invalid" });
    expect(await readActivationLink("")).toEqual({ state: "invalid" });
    expect((await t.client.user.findUniqueOrThrow({ where: { email: "kedaluwarsa@contoh.test" } })).activationPendingSince).not.toBeNull();
  });

  it("registering a waiting address again takes the new password and voids the earlier links", async () => {
    await registerCitizen(form("ulang@contoh.test", "pelangi-senja-2026", "Orang Pertama"));
    const first = await lastLink("ulang@contoh.test");
    expect(await registerCitizen(form("ulang@contoh.test", "bintang-timur-2026", "Orang Kedua"))).toEqual({ outcome: "renewed" });
    expect(await t.client.user.count({ where: { email: "ulang@contoh.test" } })).toBe(1);
    expect(await readActivationLink(first)).toEqual({ state: "invalid" });
    const links = (await mails("ulang@contoh.test", "ACCOUNT_ACTIVATION")).map((m) => tokenIn(m.text));
    expect(links).toHaveLength(2);
    const second = links.find((l) => l !== first)!;
    expect(await readActivationLink(second)).toMatchObject({ state: "pending", name: "Orang Kedua" });
    await activateAccount(second);
    expect((await verifyCredentials("ulang@contoh.test", "pelangi-senja-2026")).ok).toBe(false);
    expect((await verifyCredentials("ulang@contoh.test", "bintang-timur-2026")).ok).toBe(true);
  });

  it("an active account is left alone: its owner gets a notice with links to sign in and to reset", async () => {
    const owner = await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
    expect(await registerCitizen(form("warga@kupang.demo", "pelangi-senja-2026", "Orang Lain"))).toEqual({ outcome: "taken" });
    const after = await t.client.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(after).toMatchObject({ name: owner.name, passwordHash: owner.passwordHash, activationPendingSince: null });
    const [notice] = await mails("warga@kupang.demo", "ACCOUNT_NOTICE");
    expect(notice.text).toContain("sudah memiliki akun");
    expect(notice.text).toMatch(/http:\/\/\S+\/masuk/);
    expect(notice.text).toMatch(/http:\/\/\S+\/lupa-sandi/);
    expect(await mails("warga@kupang.demo", "ACCOUNT_ACTIVATION")).toEqual([]);
    // Signing in with the chosen password: the same words as for a new account not yet activated.
    expect(await verifyCredentials("warga@kupang.demo", "pelangi-senja-2026")).toEqual({ ok: false, code: "invalid" });
    expect(SIGN_IN_REFUSED_MESSAGE).toContain("belum diaktifkan");
  });

  it("sends the link again only for an account that waits, and answers alike otherwise", async () => {
    await registerCitizen(form("lagi@contoh.test", "pelangi-senja-2026"));
    expect(await resendActivation("LAGI@contoh.test ")).toEqual({ queued: true });
    expect(await mails("lagi@contoh.test", "ACCOUNT_ACTIVATION")).toHaveLength(2);
    expect(await resendActivation("warga@kupang.demo")).toEqual({ queued: false });
    expect(await resendActivation("tidak-ada@contoh.test")).toEqual({ queued: false });
    expect(await mails("warga@kupang.demo", "ACCOUNT_ACTIVATION")).toEqual([]);
  });

  it("a password reset through the mailbox also activates a waiting account", async () => {
    await registerCitizen(form("lupa@contoh.test", "pelangi-senja-2026"));
    expect(await requestPasswordReset("lupa@contoh.test")).toEqual({ queued: true });
    const reset = (await mails("lupa@contoh.test", "PASSWORD_RESET"))[0];
    const token = /token=([A-Za-z0-9_-]+)/.exec(reset.text)![1];
    await resetPassword(token, "samudra-biru-2026");
    expect((await verifyCredentials("lupa@contoh.test", "samudra-biru-2026")).ok).toBe(true);
  });
});
