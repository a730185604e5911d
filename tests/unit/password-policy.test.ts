import { describe, expect, it } from "vitest";
import { ZPassword } from "@/lib/schemas/auth";
import { passwordProblem } from "@/lib/server/password-policy";

describe("password rules (NIST SP 800-63B)", () => {
  it.each(["password12", "aaaaaaaaa1", "password123", "qwerty123456", "123456789012", "abcdefghijkl", "bismillah123", "Indonesia2026!"])(
    "refuses the common or guessable %j",
    (pw) => {
      expect(passwordProblem(pw)).not.toBeNull();
    },
  );

  it("refuses a password made of the person's own e-mail or name", () => {
    expect(passwordProblem("budisantoso-kupang", ["budi.santoso@contoh.id", "Budi Santoso"])).not.toBeNull();
  });

  it("accepts long passphrases without any composition rule", () => {
    expect(passwordProblem("kuda laut minum kopi")).toBeNull();
    expect(passwordProblem("rahasia-baru-2026")).toBeNull();
    expect(passwordProblem("demo-ppid-2026")).toBeNull();
  });

  it("asks for at least 12 characters and nothing else", () => {
    expect(ZPassword.safeParse("pendek-sekal").success).toBe(true);
    expect(ZPassword.safeParse("pendek-seka").success).toBe(false);
    expect(ZPassword.safeParse("semuahurufkecil").success).toBe(true);
  });
});

describe("common words hidden behind separators and digits", () => {
  it("refuses kata-sandi-123 and p.a.s.s.w.o.r.d", () => {
    expect(passwordProblem("kata-sandi-123")).not.toBeNull();
    expect(passwordProblem("p.a.s.s.w.o.r.d.1")).not.toBeNull();
  });
});
