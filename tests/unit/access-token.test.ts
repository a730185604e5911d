import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAccessToken, verifyAccessToken } from "@/lib/server/access-token";
import { resetEnvForTests, setEnvForTests } from "@/lib/server/env";

beforeAll(() => setEnvForTests({ AUTH_SECRET: "unit-test-secret-unit-test-secret-0123" }));
afterAll(() => resetEnvForTests());

describe("signed access tokens (codes out of URLs)", () => {
  const now = new Date("2026-12-01T01:00:00Z");

  it("names the id it was made for, until it expires", () => {
    const token = signAccessToken("letter", "clx123abc", 60, now);
    expect(verifyAccessToken(token, "letter", now)).toBe("clx123abc");
    expect(verifyAccessToken(token, "letter", new Date(now.getTime() + 61_000))).toBeNull();
  });

  it("refuses another kind, a changed id, a stretched expiry and garbage", () => {
    const token = signAccessToken("track", "req1", 60, now);
    expect(verifyAccessToken(token, "letter", now)).toBeNull();
    const [k, , exp, sig] = token.split(".");
    expect(verifyAccessToken(`${k}.req2.${exp}.${sig}`, "track", now)).toBeNull();
    expect(verifyAccessToken(`${k}.req1.${Number(exp) + 3600}.${sig}`, "track", now)).toBeNull();
    for (const bad of ["", "a.b.c", "track.req1.1.x", "\u0000", "x".repeat(1000)]) expect(verifyAccessToken(bad, "track", now)).toBeNull();
  });

  it("after a rotation, tokens signed with the old secret still open; the new secret signs", () => {
    const old = signAccessToken("letter", "clx123abc", 60, now);
    setEnvForTests({ AUTH_SECRET: "unit-test-secret-unit-test-secret-0123", AUTH_SECRET_1: "rotated-secret-rotated-secret-rotated-01" });
    const fresh = signAccessToken("letter", "clx123abc", 60, now);
    expect(fresh).not.toBe(old);
    expect(verifyAccessToken(old, "letter", now)).toBe("clx123abc");
    expect(verifyAccessToken(fresh, "letter", now)).toBe("clx123abc");
    // Once the old secret is dropped, only what the new one signed opens.
    setEnvForTests({ AUTH_SECRET: "rotated-secret-rotated-secret-rotated-01" });
    expect(verifyAccessToken(old, "letter", now)).toBeNull();
    expect(verifyAccessToken(fresh, "letter", now)).toBe("clx123abc");
    setEnvForTests({ AUTH_SECRET: "unit-test-secret-unit-test-secret-0123" });
  });
});
