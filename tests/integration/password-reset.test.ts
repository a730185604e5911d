// "Lupa kata sandi" against a real database: the same outcome for unknown addresses, a hashed
// one-time token, expiry, the link in the outbox, and the new password works afterwards.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD_RESET_TTL_MINUTES } from "@/lib/domain/password-reset";
import { verifyPassword } from "@/lib/server/passwords";
import { isResetTokenUsable, requestPasswordReset, resetPassword } from "@/lib/server/services/password-reset";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const EMAIL = "warga@kupang.demo";
const NEW_PASSWORD = "kopi tubruk pagi di pantai lasiana";

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(async () => t.close());

const outboxFor = (to: string) => t.client.emailOutbox.findMany({ where: { to, category: "PASSWORD_RESET" }, orderBy: { createdAt: "asc" } });
const tokenFrom = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe("password reset", () => {
  it("queues nothing for an unknown address, and answers the same", async () => {
    const before = await t.client.emailOutbox.count();
    await expect(requestPasswordReset("tidak.ada@contoh.id")).resolves.toEqual({ queued: false });
    expect(await t.client.emailOutbox.count()).toBe(before);
    expect(await t.client.passwordResetToken.count()).toBe(0);
  });

  it("mails a link whose token is stored only as a hash; the link works once", async () => {
    const now = new Date("2026-12-01T02:00:00Z");
    await requestPasswordReset("  WARGA@kupang.demo ", now);
    const [mail] = await outboxFor(EMAIL);
    expect(mail!.subject).toBe("Atur ulang kata sandi Portal PPID");
    expect(mail!.text).toContain("/atur-ulang-sandi?token=");
    const token = tokenFrom(mail!.text);
    const stored = await t.client.passwordResetToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(PASSWORD_RESET_TTL_MINUTES * 60_000);

    await expect(resetPassword(token, "password123456", now)).rejects.toThrow(/paling sering dipakai|mudah ditebak/);
    expect(await isResetTokenUsable(token, now)).toBe(true);
    await resetPassword(token, NEW_PASSWORD, now);
    const user = await t.client.user.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(await isResetTokenUsable(token, now)).toBe(false);
    await expect(resetPassword(token, "another long passphrase here", now)).rejects.toThrow("tidak berlaku");
  });

  it("refuses an expired link and a made-up one", async () => {
    const now = new Date("2026-12-01T03:00:00Z");
    await requestPasswordReset(EMAIL, now);
    const mails = await outboxFor(EMAIL);
    const token = tokenFrom(mails.at(-1)!.text);
    const later = new Date(now.getTime() + (PASSWORD_RESET_TTL_MINUTES + 1) * 60_000);
    await expect(resetPassword(token, "senja merah di teluk kupang", later)).rejects.toThrow("kedaluwarsa");
    await expect(resetPassword("bukan-token", "senja merah di teluk kupang", now)).rejects.toThrow("tidak berlaku");
    await expect(resetPassword("", "senja merah di teluk kupang", now)).rejects.toThrow("tidak berlaku");
  });

  it("sends nothing to a disabled account", async () => {
    await t.client.user.update({ where: { email: "pelaksana@kupang.demo" }, data: { disabled: true } });
    await expect(requestPasswordReset("pelaksana@kupang.demo")).resolves.toEqual({ queued: false });
    expect(await outboxFor("pelaksana@kupang.demo")).toHaveLength(0);
  });
});
