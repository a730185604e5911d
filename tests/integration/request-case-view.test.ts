// The office case view of a request (lib/view-types/request-case.ts) is a whitelist: the page gets
// the fields named there and nothing else from the row — not the tracking access code, not the
// submission key, not the raw NIK without personal_data.view — and a column added to the table
// later does not reach it until someone decides it should.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadRequestCase, toRequestCase, type RequestCaseRow } from "@/lib/server/queries/request-case";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let requestId = "";
let utama = { role: "PPID_UTAMA" as const, userId: "", unitId: null as string | null };

const VIEW_FIELDS = [
  "address", "attachments", "channel", "completionDueDate", "consequenceTest", "decisionNotes", "deliveredAt", "deliveredOn",
  "deliveryMethod", "deliveryNote", "dueDate", "dueRule", "email", "events", "extendedAt", "extensionReason", "feeAmount",
  "handoverByProxy", "handoverMethod", "handoverRecipient", "hiddenPersonalFiles", "holdingBody", "id", "informationForm",
  "informationRequested", "letters", "medium", "nikMasked", "nikShown", "noticeDate", "number", "obtainMethod", "occupation",
  "organization", "outcome", "paymentMethod", "phone", "preparedNotes", "purpose", "receivedDate", "refusalArticle",
  "requesterName", "requesterType", "requesterUser", "status", "submittedAt", "unit", "unitId", "withheldParts",
];

// Columns of InformationRequest the case page does not get, each left out on purpose. A new column
// fails the last test until it is added to the view (lib/view-types/request-case.ts) or here.
const LEFT_OUT = [
  "accessCode", // the requester's tracking secret
  "closedAt",
  "completionRequestedOn",
  "consequenceTestId", // the test itself is in the view
  "createdAt",
  "createdById",
  "decidedAt",
  "nik", // only as nikShown (masked without personal_data.view)
  "noticeReceivedOn",
  "requesterUserId", // scoping only
  "sequence",
  "submissionKey",
  "updatedAt",
  "year",
];

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const user = await t.client.user.findUniqueOrThrow({ where: { email: "utama@kupang.demo" } });
  utama = { role: "PPID_UTAMA", userId: user.id, unitId: user.unitId };
  const request = await t.client.informationRequest.create({
    data: {
      number: "901/PMH/PPID-KPG/2026", year: 2026, sequence: 901, accessCode: "SECRETAC", submissionKey: "form-key-901",
      channel: "WALK_IN", submittedAt: new Date("2026-04-06T01:00:00Z"), receivedDate: new Date("2026-04-06T00:00:00Z"),
      requesterType: "INDIVIDUAL", requesterName: "Maria Bria", nik: "5371012345670001", address: "Jl. Timor Raya 10, Kupang",
      phone: "081234567890", informationRequested: "Data imunisasi 2025", purpose: "Penelitian", obtainMethod: "SOFTCOPY",
      deliveryMethod: "EMAIL", createdById: user.id,
    },
  });
  requestId = request.id;
});
afterAll(async () => {
  await t?.close();
});

describe("request case view", () => {
  it("hands the page exactly the whitelisted fields, never the access code or submission key", async () => {
    const result = await loadRequestCase(utama, requestId);
    if (result.kind !== "ok") throw new Error(`expected the case, got ${result.kind}`);
    expect(Object.keys(result.kase).sort()).toEqual(VIEW_FIELDS);
    const json = JSON.stringify(result.kase);
    expect(json).not.toContain("SECRETAC");
    expect(json).not.toContain("form-key-901");
    expect(result.kase.nikShown).toBe("5371012345670001"); // the PPID Utama holds personal_data.view
  });

  it("drops a column the row carries but the view does not name", async () => {
    const row = await t.client.informationRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { unit: true, requesterUser: true, consequenceTest: true, attachments: true, letters: true, events: { include: { actor: true } } },
    });
    const grown = { ...row, futureColumn: "rahasia", unit: null } as unknown as RequestCaseRow;
    const view = toRequestCase(grown, false);
    expect(Object.keys(view).sort()).toEqual(VIEW_FIELDS);
    expect(JSON.stringify(view)).not.toContain("rahasia");
    expect(JSON.stringify(view)).not.toContain("SECRETAC");
    expect(view.nikShown).toBe("5371••••••••0001");
  });

  it("accounts for every column of the table: in the view or left out on purpose", () => {
    const columns = Object.keys(Prisma.InformationRequestScalarFieldEnum);
    const unaccounted = columns.filter((c) => !VIEW_FIELDS.includes(c) && !LEFT_OUT.includes(c));
    expect(unaccounted).toEqual([]);
    expect(LEFT_OUT.filter((c) => !columns.includes(c))).toEqual([]);
  });
});
