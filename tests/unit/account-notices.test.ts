// The "someone tried to register with your address" notice is de-duplicated per office day.

import { describe, expect, it } from "vitest";
import { registerTakenDedupeKey } from "@/lib/domain/account-notices";

const key = (iso: string, zone: string) => registerTakenDedupeKey("warga@contoh.id", new Date(iso), zone);

describe("registerTakenDedupeKey", () => {
  it("turns the day at the office's midnight, not at UTC's", () => {
    // Kupang (WITA, UTC+8): 15:59 UTC is 23:59 on the 1st, 16:00 UTC is already the 2nd.
    expect(key("2026-12-01T15:59:59Z", "Asia/Makassar")).toBe("register-taken:warga@contoh.id:2026-12-01");
    expect(key("2026-12-01T16:00:00Z", "Asia/Makassar")).toBe("register-taken:warga@contoh.id:2026-12-02");
    // The UTC day would still be the 1st here, and would split one office evening in two.
    expect(key("2026-12-01T23:59:59Z", "Asia/Makassar")).toBe(key("2026-12-01T16:00:00Z", "Asia/Makassar"));
  });

  it("follows each Indonesian zone across New Year", () => {
    const instant = "2026-12-31T16:30:00Z";
    expect(key(instant, "Asia/Jakarta")).toBe("register-taken:warga@contoh.id:2026-12-31"); // 23:30 WIB
    expect(key(instant, "Asia/Makassar")).toBe("register-taken:warga@contoh.id:2027-01-01"); // 00:30 WITA
    expect(key(instant, "Asia/Jayapura")).toBe("register-taken:warga@contoh.id:2027-01-01"); // 01:30 WIT
  });
});
