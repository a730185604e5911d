import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHoliday } from "@/lib/server/services/add-holiday";
import { RECOMPUTE_CHUNK } from "@/lib/server/services/recompute-plans";
import { LISTED_CHANGES, type RecomputeActor } from "@/lib/server/services/recompute-open-deadlines";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createRequest, day, useCaseRowsClient, wita, ymd } from "../support/calendar-case-rows";
import { createTestDb, type TestDb } from "../support/test-db";

// A calendar change reads, plans and writes the open cases a chunk at a time: a register with more
// open cases than one chunk still has every deadline moved and logged once, in one transaction.

let t: TestDb;
let admin: RecomputeActor;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  useCaseRowsClient(t.client);
  const user = await t.client.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  admin = { id: user.id, role: user.role };
});
afterAll(() => t.close());

/** `count` copies of a request (same facts and deadline), numbered after it. */
async function cloneRequest(id: string, count: number) {
  const columns = (await t.client.$queryRaw<{ name: string }[]>`
    SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'InformationRequest' AND table_schema = current_schema()`).map((c) => c.name);
  const override: Record<string, string> = {
    id: `'bulk-' || lpad(g::text, 6, '0')`, number: `"number" || '-' || g`, sequence: `"sequence" + 100000 + g`, submissionKey: "NULL",
  };
  const list = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map((c) => override[c] ?? `"${c}"`).join(", ");
  await t.client.$executeRawUnsafe(`INSERT INTO "InformationRequest" (${list}) SELECT ${values} FROM "InformationRequest", generate_series(1, ${count}) g WHERE "id" = $1`, id);
}

describe(`recomputing more open cases than one chunk (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("moves and logs every deadline across the chunks; the summary counts them all and lists the first ones", async () => {
    // Received Monday 20 April 2026, 10:00 WITA: due 5 May; a holiday on 29 April makes it 6 May.
    const request = await createRequest(wita("2026-04-20T10:00"));
    const copies = RECOMPUTE_CHUNK + 10;
    await cloneRequest(request.id, copies);
    const bulk = { id: { startsWith: "bulk-" } };

    const added = await addHoliday({ date: "2026-04-29", name: "Libur uji", kind: "LOCAL", source: undefined, provisional: false }, admin);

    expect(await t.client.informationRequest.count({ where: { ...bulk, dueDate: day("2026-05-06") } })).toBe(copies);
    expect(ymd((await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } })).dueDate)).toBe("2026-05-06");
    const events = await t.client.caseEvent.groupBy({ by: ["requestId"], where: { requestId: { startsWith: "bulk-" }, event: "RECOMPUTE_DEADLINE" }, _count: true });
    expect(events).toHaveLength(copies);
    expect(events.every((e) => e._count === 1)).toBe(true);
    expect(added.recomputed.changed).toBeGreaterThanOrEqual(copies + 1);
    expect(added.recomputed.changes).toHaveLength(LISTED_CHANGES);
  }, 120_000);
});
