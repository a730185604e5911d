import { vi } from "vitest";

// Server actions call Next's cache and auth helpers; in integration tests they have no request.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
