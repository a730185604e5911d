// The public forms share one budget per address (LIMITS.publicFormIp): requests, complaints and
// walk-in surveys from one address are refused with the wait once it is spent, before anything is
// stored, while another address still gets through. Complaint tracking by number + code counts wrong
// pairs like request tracking does. Goes through the real server actions.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IKM_ELEMENTS } from "@/lib/domain/ikm";
import { formatAccessCode } from "@/lib/domain/numbering";
import { resetEnvForTests, setEnvForTests } from "@/lib/server/env";
import { LIMITS, setRateLimitStoreForTests } from "@/lib/server/rate-limit";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

const request = vi.hoisted(() => ({ ip: "10.9.0.1" }));
vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.ip }),
  cookies: async () => ({ set: () => {}, get: () => undefined }),
}));

let t: TestDb;
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) };
const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" });

function form(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const complaint = () =>
  form({ category: "SERVICE_QUALITY", officialConcerned: "Petugas meja layanan", description: "Petugas tidak memberi tanda terima permohonan saya.", submissionKey: randomUUID() });
const survey = () => form(Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, "4"])));
const requestForm = () =>
  form({
    requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "081234567890", email: "maria@contoh.id", occupation: "Wiraswasta", informationRequested: "Data cakupan imunisasi dasar lengkap 2025",
    purpose: "Bahan penelitian skripsi", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document: pdf(),
  });

/** A redirect (the request form's success) is thrown by Next; count it as accepted. */
async function outcome(run: () => Promise<{ ok: boolean; message?: string }>): Promise<{ ok: boolean; message?: string }> {
  try {
    return await run();
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

async function counts() {
  const [requests, complaints, surveys] = await Promise.all([t.client.informationRequest.count(), t.client.complaint.count(), t.client.surveyResponse.count()]);
  return { requests, complaints, surveys, files: files.size };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  setStorageForTests(memory);
  setEnvForTests({ AUTH_SECRET: "integration-secret-integration-secret-01" });
});
beforeEach(() => setRateLimitStoreForTests({ kind: "memory" }));
afterAll(async () => {
  setRateLimitStoreForTests(undefined);
  setStorageForTests(undefined);
  resetEnvForTests();
  await t.close();
});

describe(`public form limits (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("spends one budget per address across requests, complaints and walk-in surveys, then refuses with the wait and stores nothing", async () => {
    const { fileComplaintAction } = await import("@/lib/actions/complaint-actions");
    const { submitSurveyAction } = await import("@/lib/actions/survey-actions");
    const { createRequestAction } = await import("@/lib/actions/request-intake-actions");
    request.ip = "10.9.1.1";
    const budget = LIMITS.publicFormIp.points;
    const kinds = [() => fileComplaintAction(null, complaint()), () => submitSurveyAction(null, survey()), () => createRequestAction(null, requestForm())];
    const start = await counts();
    // The attempt that reaches the limit is itself refused (hitLimit): budget - 1 get through.
    for (let i = 0; i < budget - 1; i++) {
      const r = await outcome(kinds[i % 3]!);
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    }
    const stored = await counts();
    expect(stored.complaints + stored.surveys + stored.requests - start.complaints - start.surveys - start.requests).toBe(budget - 1);

    for (const kind of kinds) {
      const refused = await outcome(kind);
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Terlalu banyak .+ dari alamat jaringan ini\. Coba lagi dalam \d+ (detik|menit)\.$/) });
    }
    expect(await counts()).toEqual(stored);

    request.ip = "10.9.1.2";
    expect(await outcome(kinds[0]!)).toMatchObject({ ok: true });
    expect(await outcome(kinds[1]!)).toMatchObject({ ok: true });
    expect((await counts()).complaints).toBe(stored.complaints + 1);
  });

  it("stops complaint-code guessing per number, even for the right code afterwards, and per address", async () => {
    const { fileComplaintAction, trackComplaintAction } = await import("@/lib/actions/complaint-actions");
    request.ip = "10.9.2.1";
    const filed = await fileComplaintAction(null, complaint());
    if (!filed.ok) throw new Error(filed.message);
    const { number, accessCode } = filed.data!;
    expect(await trackComplaintAction(null, form({ nomor: number, kode: accessCode }))).toMatchObject({ ok: true, data: { number } });

    for (let i = 0; i < LIMITS.codeNumber.points; i++) {
      request.ip = `10.9.3.${i}`;
      const miss = await trackComplaintAction(null, form({ nomor: number, kode: formatAccessCode(`WRONG${String(i).padStart(3, "2")}`) }));
      expect(miss.ok).toBe(false);
    }
    request.ip = "10.9.3.200";
    const blocked = await trackComplaintAction(null, form({ nomor: number, kode: accessCode }));
    expect(blocked).toMatchObject({ ok: false, message: expect.stringContaining("Terlalu banyak percobaan nomor dan kode yang salah") });

    request.ip = "10.9.4.1";
    for (let i = 0; i < LIMITS.codeIp.points; i++) await trackComplaintAction(null, form({ nomor: `${900 + i}/ADU/PPID-KPG/2026`, kode: "ZZZZ-2222" }));
    const byAddress = await trackComplaintAction(null, form({ nomor: "999/ADU/PPID-KPG/2026", kode: "ZZZZ-2222" }));
    expect(byAddress).toMatchObject({ ok: false, message: expect.stringContaining("Coba lagi dalam") });
  });
});
