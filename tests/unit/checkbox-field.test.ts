import { describe, expect, it } from "vitest";
import { ZSetCutiBersamaWorkingDayInput } from "@/lib/schemas/holidays";

describe("checkbox fields", () => {
  it("read checked and unchecked as a browser sends them", () => {
    expect(ZSetCutiBersamaWorkingDayInput.parse({ cutiBersamaIsWorkingDay: "on" })).toEqual({ cutiBersamaIsWorkingDay: true });
    expect(ZSetCutiBersamaWorkingDayInput.parse({})).toEqual({ cutiBersamaIsWorkingDay: false });
  });

  it("refuse any other value instead of reading it as unchecked (a hostile post must not flip a setting)", () => {
    for (const value of ["<script>", "0", "[]", "x".repeat(5000)]) {
      const parsed = ZSetCutiBersamaWorkingDayInput.safeParse({ cutiBersamaIsWorkingDay: value });
      expect(parsed.success, value.slice(0, 20)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Pilihan tidak dikenal.");
    }
  });
});
