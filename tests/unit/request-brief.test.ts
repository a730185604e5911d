import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RequestBrief } from "@/components/objections/request-brief";
import { toRequestBrief } from "@/lib/server/queries/request-brief";

// The request brief on the objection pages gets a plain view built field by field: @db.Date
// columns become calendar dates, extra row columns (the access code, the NIK) never reach it.

const row = {
  id: "r1",
  number: "001/PMH/PPID-KPG/2026",
  receivedDate: new Date("2026-03-12T00:00:00Z"),
  requesterName: "Maria Bria",
  phone: "081234567890",
  informationRequested: "Data cakupan imunisasi 2025",
  purpose: "Penelitian",
  status: "CLOSED",
  outcome: "REJECTED",
  noticeDate: new Date("2026-03-20T00:00:00Z"),
  refusalArticle: "Pasal 17 huruf a",
  decisionNotes: null,
  unit: null,
  consequenceTest: {
    information: "Rekam medis",
    pasal17Letters: ["h"],
    consequences: "Mengungkap rahasia pribadi",
    publicInterest: "Tidak ada",
    conclusion: "EXEMPT",
    decisionNumber: "SK-1/2026",
    decisionDate: new Date("2026-01-05T00:00:00Z"),
  },
  accessCode: "ABCD2345",
  nik: "5371010101010001",
};

describe("toRequestBrief", () => {
  it("copies only the brief's fields, with calendar dates", () => {
    const view = toRequestBrief(row);
    expect(view).not.toHaveProperty("accessCode");
    expect(view).not.toHaveProperty("nik");
    expect(view).toMatchObject({ receivedDate: "2026-03-12", noticeDate: "2026-03-20", unitName: null, phone: "081234567890" });
    expect(view.consequenceTest).toMatchObject({ decisionDate: "2026-01-05", pasal17Letters: ["h"] });
    expect(toRequestBrief({ ...row, noticeDate: null, consequenceTest: null, phone: undefined })).toMatchObject({ noticeDate: null, consequenceTest: null, phone: null });
  });

  it("renders the decision and the consequence test from the view", () => {
    const html = renderToStaticMarkup(createElement(RequestBrief, { r: toRequestBrief(row), caseLink: "/kantor/permohonan/r1" }));
    expect(html).toContain("12 Maret 2026");
    expect(html).toContain("20 Maret 2026");
    expect(html).toContain("SK SK-1/2026, 5 Januari 2026");
    expect(html).toContain("Dikecualikan");
    expect(html).toContain('href="/kantor/permohonan/r1"');
    expect(html).not.toContain("ABCD2345");
  });
});
