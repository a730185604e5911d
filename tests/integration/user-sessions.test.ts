import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { setUserDisabled } from "@/lib/server/services/manage-staff-users";
import { endAllSessions, endSession, resolveSession, startSession } from "@/lib/server/user-sessions";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(() => t.close());

const user = (email: string) => t.client.user.findUniqueOrThrow({ where: { email } });

describe("server-side sessions", () => {
  it("a signed-out session is dead even if its cookie is replayed; other devices stay signed in", async () => {
    const desk = await user("meja@kupang.demo");
    const laptop = await startSession(desk.id);
    const phone = await startSession(desk.id);
    expect((await resolveSession(laptop, desk.id))?.email).toBe("meja@kupang.demo");
    await endSession(laptop);
    expect(await resolveSession(laptop, desk.id)).toBeNull();
    expect(await resolveSession(phone, desk.id)).not.toBeNull();
  });

  it("a session id never works for another user", async () => {
    const desk = await user("meja@kupang.demo");
    const admin = await user("admin@kupang.demo");
    const sid = await startSession(desk.id);
    expect(await resolveSession(sid, admin.id)).toBeNull();
  });

  it("disabling an account (and a password change, via endAllSessions) ends every session at once", async () => {
    const pelaksana = await user("pelaksana@kupang.demo");
    const admin = await user("admin@kupang.demo");
    const a = await startSession(pelaksana.id);
    const b = await startSession(pelaksana.id);
    await setUserDisabled(admin.id, pelaksana.id, true);
    expect(await resolveSession(a, pelaksana.id)).toBeNull();
    expect(await resolveSession(b, pelaksana.id)).toBeNull();
    await setUserDisabled(admin.id, pelaksana.id, false);
    expect(await resolveSession(a, pelaksana.id)).toBeNull(); // enabling again does not revive old sessions
    const c = await startSession(pelaksana.id);
    expect(await endAllSessions(pelaksana.id)).toBe(1);
    expect(await resolveSession(c, pelaksana.id)).toBeNull();
  });

  it("staff sessions end after 30 idle minutes; activity keeps them alive", async () => {
    const utama = await user("utama@kupang.demo");
    const sid = await startSession(utama.id);
    const t0 = Date.now();
    expect(await resolveSession(sid, utama.id, new Date(t0 + 25 * 60_000))).not.toBeNull();
    expect(await resolveSession(sid, utama.id, new Date(t0 + 50 * 60_000))).not.toBeNull(); // 25 min after the last activity
    expect(await resolveSession(sid, utama.id, new Date(t0 + 81 * 60_000))).toBeNull(); // 31 min idle
    expect(await resolveSession(sid, utama.id, new Date(t0 + 82 * 60_000))).toBeNull(); // and it stays ended
  });

  it("citizens get a longer idle limit (120 minutes)", async () => {
    const citizen = await user("warga@kupang.demo");
    const sid = await startSession(citizen.id);
    expect(await resolveSession(sid, citizen.id, new Date(Date.now() + 60 * 60_000))).not.toBeNull();
  });
});
