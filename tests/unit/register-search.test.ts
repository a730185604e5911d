import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/db", () => ({ db: () => ({}) }));
const { prefixTsQuery } = await import("@/lib/server/queries/request-register-search");

describe("register word search", () => {
  it("turns typed words into an index-friendly prefix query", () => {
    expect(prefixTsQuery("Yako")).toBe("yako:*");
    expect(prefixTsQuery("  Dinas   Kesehatan ")).toBe("dinas:* & kesehatan:*");
  });
  it("keeps only letters and digits, so nothing typed reaches to_tsquery's syntax", () => {
    expect(prefixTsQuery("a' | !b & (c):*")).toBe("a:* & b:* & c:*");
    expect(prefixTsQuery("'&|!()")).toBeNull();
  });
});
