// Survei Kepuasan Masyarakat against a real database: one response per closed request through its
// one-time link (a second is refused with a message, also when both arrive at once), walk-in
// responses, the published index equal to computeIkm, and the follow-up only from the PPID Utama.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIkm, IKM_ELEMENTS } from "@/lib/domain/ikm";
import { ZSubmitSurveyInput } from "@/lib/schemas/survey";
import { UserError } from "@/lib/server/errors";
import { getPublicSurveyResults, getSurveyInvitation, getSurveyOffer, getSurveyResults } from "@/lib/server/queries/survey-results";
import { saveSurveyFollowUp } from "@/lib/server/services/save-survey-follow-up";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { SURVEY_ALREADY_FILLED, submitSurvey } from "@/lib/server/services/submit-survey";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";


let t: TestDb;
let seq = 700;
const wita = (local: string) => new Date(`${local}:00+08:00`);
let unitA: string;
let unitB: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const units = await t.client.unit.findMany({ orderBy: { code: "asc" }, take: 2 });
  unitA = units[0]!.id;
  unitB = units[1]!.id;
});
afterAll(async () => t.close());

async function makeRequest(status: "CLOSED" | "IN_PROCESS", unitId: string | null = unitA) {
  seq += 1;
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/2026`, year: 2026, sequence: seq, accessCode: "ABCD2345", channel: "ONLINE",
      submittedAt: wita("2026-03-02T09:00"), receivedDate: new Date("2026-03-02T00:00:00Z"), requesterType: "INDIVIDUAL",
      requesterName: "Maria Bria", address: "Kupang", phone: "081234567890", informationRequested: "Laporan realisasi anggaran 2025",
      purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", status, unitId, email: `pemohon${seq}@contoh.id`,
      outcome: status === "CLOSED" ? "GRANTED_FULL" : null, closedAt: status === "CLOSED" ? wita("2026-03-10T10:00") : null,
    },
  });
}

const form = (scores: (number | null)[], extra: Record<string, string> = {}) =>
  ZSubmitSurveyInput.parse({
    ...Object.fromEntries(IKM_ELEMENTS.flatMap(({ key }, i) => (scores[i] ? [[key, String(scores[i])]] : []))),
    ...extra,
  });

const tokenOf = async (request: { id: string; status: string; accessCode: string }) => {
  const offer = await getSurveyOffer(request);
  if (offer?.state !== "open") throw new Error("no open survey offer");
  return decodeURIComponent(offer.href.split("/").pop()!);
};

describe(`survey (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("takes one response per closed request; the second is refused with a message", async () => {
    const request = await makeRequest("CLOSED");
    const token = await tokenOf(request);
    expect(await getSurveyInvitation(token)).toMatchObject({ state: "open", number: request.number });

    await submitSurvey(form([4, 4, 3, 4, 4, 3, 4, 4, 4], { token, ageGroup: "U_30_39", suggestion: "Cepat dan ramah." }), wita("2026-03-11T08:00"));
    const saved = await t.client.surveyResponse.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(saved).toMatchObject({ channel: "REQUEST", unitId: unitA, u3: 3, u6: 3, ageGroup: "U_30_39", gender: null, suggestion: "Cepat dan ramah." });

    await expect(submitSurvey(form([1, 1, 1, 1, 1, 1, 1, 1, 1], { token }))).rejects.toThrow(SURVEY_ALREADY_FILLED);
    expect(await t.client.surveyResponse.count({ where: { requestId: request.id } })).toBe(1);
    expect(await getSurveyOffer(request)).toEqual({ state: "done" });
    expect(await getSurveyInvitation(token)).toMatchObject({ state: "done" });
  });

  it("puts the one-time survey link into the mail of the step that closes the request", async () => {
    const request = await makeRequest("CLOSED");
    await t.client.$transaction((tx) =>
      recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, { event: "DELIVER", actor: { id: null, role: "DESK_OFFICER" }, fromStatus: "DECIDED", toStatus: "CLOSED" }),
    );
    const mail = await t.client.emailOutbox.findFirstOrThrow({ where: { to: request.email!, requestId: request.id } });
    const link = /\/survei\/permohonan\/(\S+)/.exec(mail.text)?.[1];
    expect(link).toBe(await tokenOf(request));
    expect(mail.text).toContain("Survei Kepuasan Masyarakat");
  });

  it("lets only one of two simultaneous submissions through", async () => {
    const request = await makeRequest("CLOSED");
    const token = await tokenOf(request);
    const results = await Promise.allSettled([submitSurvey(form(Array(9).fill(4), { token })), submitSurvey(form(Array(9).fill(2), { token }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason.message).toBe(SURVEY_ALREADY_FILLED);
    expect(await t.client.surveyResponse.count({ where: { requestId: request.id } })).toBe(1);
  });

  it("refuses a request still in process, a forged token and a token of another request", async () => {
    const open = await makeRequest("IN_PROCESS");
    expect(await getSurveyOffer(open)).toBeNull();
    const closed = await makeRequest("CLOSED");
    const good = await tokenOf(closed);
    const [, tag] = good.split(".");
    const before = await t.client.surveyResponse.count();
    await expect(submitSurvey(form([4], { token: `${open.id}.${tag}` }))).rejects.toThrow("Tautan survei tidak valid");
    await expect(submitSurvey(form([4], { token: `${closed.id}.${"A".repeat(22)}` }))).rejects.toThrow("Tautan survei tidak valid");
    await expect(submitSurvey(form([4], { token: "../../etc/passwd" }))).rejects.toThrow("Tautan survei tidak valid");
    expect(await getSurveyInvitation(`${closed.id}.x`)).toEqual({ state: "invalid" });
    expect(await t.client.surveyResponse.count()).toBe(before);
  });

  it("refuses an empty questionnaire and unknown answers before anything is stored", () => {
    const empty = ZSubmitSurveyInput.safeParse({ suggestion: "tanpa jawaban" });
    expect(empty.success).toBe(false);
    expect(empty.error!.issues[0]!.message).toBe("Jawab sedikitnya satu pertanyaan survei.");
    const bad = ZSubmitSurveyInput.safeParse({ u1: "5", gender: "X" });
    expect(bad.error!.issues.map((i) => i.message)).toEqual(["Pilih salah satu dari empat jawaban.", "Jenis kelamin tidak dikenal."]);
  });

  it("publishes per semester exactly the index computed from the stored answers, per unit in the office", async () => {
    await t.client.surveyResponse.deleteMany();
    const answers: [string, (number | null)[], string | null][] = [
      ["2026-02-01T10:00", [4, 4, 4, 4, 4, 4, 4, 4, 4], unitA],
      ["2026-03-15T10:00", [3, 3, 3, 4, 3, 3, 3, 3, 3], unitB],
      ["2026-05-20T10:00", [4, 3, 4, 4, 3, 4, 3, null, 4], null],
      ["2026-06-30T23:30", [2, 3, 3, 4, 3, 3, 4, 3, 3], unitA], // 30 June, 23:30 WITA: still semester I
      ["2026-07-01T00:10", [1, 1, 1, 1, 1, 1, 1, 1, 1], unitA], // semester II
    ];
    for (const [at, scores, unitId] of answers) await submitSurvey(form(scores, unitId ? { unitId } : {}), wita(at));
    const [first, second] = await getPublicSurveyResults(2026);
    const expected = computeIkm(answers.slice(0, 4).map(([, s]) => Object.fromEntries(IKM_ELEMENTS.map(({ key }, i) => [key, s[i]]))));
    expect(first!.result).toEqual(expected);
    expect(first!.result.respondents).toBe(4);
    expect(first!.result.ikm).toBe(expected.ikm);
    expect(second!.result).toMatchObject({ respondents: 1, ikm: 25, grade: "D" });

    const unitOnly = await getSurveyResults(2026, 1, unitA);
    expect(unitOnly.result.respondents).toBe(2);
    const year = await getSurveyResults(2026, null, null);
    expect(year.result.respondents).toBe(5);
    expect(year.profile.find((p) => p.field === "gender")!.counts.at(-1)).toEqual({ value: "", label: "Tidak diisi", count: 5 });
    await expect(submitSurvey(form([4], { unitId: "unknown-unit" }))).rejects.toThrow("Unit layanan tidak dikenal.");
  });

  it("takes the published follow-up from the PPID Utama only", async () => {
    const pick = async (email: string) => {
      const u = await t.client.user.findUniqueOrThrow({ where: { email } });
      return { id: u.id, role: u.role, unitId: u.unitId };
    };
    const input = { year: 2026, half: 1 as const, text: "Waktu layanan dipercepat dengan petugas piket tambahan." };
    await expect(saveSurveyFollowUp(await pick("meja@kupang.demo"), input)).rejects.toThrow("Anda tidak berwenang");
    await saveSurveyFollowUp(await pick("utama@kupang.demo"), input);
    await saveSurveyFollowUp(await pick("utama@kupang.demo"), { ...input, text: "Perbaikan: petugas piket tambahan setiap Senin." });
    const [first, second] = await getPublicSurveyResults(2026);
    expect(first!.followUp).toBe("Perbaikan: petugas piket tambahan setiap Senin.");
    expect(second!.followUp).toBeNull();
  });
});
