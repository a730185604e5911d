import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => null }));
const { createAction } = await import("@/lib/server/action-client");

const handler = vi.fn(async () => ({ ok: true as const }));
const action = createAction({ schema: z.object({ name: z.string().min(1) }), permission: null, handler });

describe("the one action wrapper refuses hostile bodies before any service runs", () => {
  it.each([[undefined], [null], [[]], ["[]"], [{ name: "x" }]])("answers a body that is not form data (%j) without throwing", async (body) => {
    const result = await action(null, body as unknown as FormData);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("bukan data formulir") });
    expect(handler).not.toHaveBeenCalled();
  });

  it("names the field holding a NUL or escape character", async () => {
    const form = new FormData();
    form.set("name", "Budi\u0000; DROP TABLE");
    const result = await action(null, form);
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: expect.stringContaining("karakter kendali") } });
    expect(result.ok === false && result.values?.name).toBe("Budi; DROP TABLE");
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets line breaks and tabs through to the schema and the service", async () => {
    const form = new FormData();
    form.set("name", "baris satu\r\n\tbaris dua");
    expect(await action(null, form)).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
