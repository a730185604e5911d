// E2E-ONLY fixtures: cases a browser cannot create because they are months old. scripts/serve-e2e.mjs
// runs this after the demo seed, on the throw-away e2e database only (never `npm start`, never the
// demo seed). The cases are made through the portal's own services with past clocks, so they are
// exactly what the workflow leaves behind, and belong to the demo citizen (warga@kupang.demo):
// - lateRefusal: a request refused about 100 days ago — its objection window (30 working days,
//   UU 14/2008 Pasal 36(1)) has long passed; the spec objects in the browser and the Atasan rules.
// - ruledDispute: refused, objected, answered, taken to the Komisi Informasi and ruled five days
//   ago — the spec takes the ruling to the PTUN in the browser (Pasal 47-48) and tracks it.
// - two messages in the outbox to the e2e mailbox's broken domains (scripts/lib/e2e-mailbox.mjs):
//   one waits for a retry (451), one fails for good (550) until the spec "corrects" the address.
// Their numbers are written to .data/e2e-fixtures-<port>.json for the specs.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { db } from "@/lib/server/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { advanceDispute } from "@/lib/server/services/advance-dispute";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { createRequest } from "@/lib/server/services/create-request";
import { decideRequest } from "@/lib/server/services/decide-request";
import { fileObjection } from "@/lib/server/services/file-objection";
import { recordDispute } from "@/lib/server/services/record-dispute";
import type { StaffActor } from "@/lib/server/services/request-processing-common";
import { verifyRequest } from "@/lib/server/services/verify-request";

const DAY = 86_400_000;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const daysAgo = (days: number, hhmm = "10:00") => {
  const local = new Date(Date.now() + 8 * 3_600_000 - days * DAY).toISOString().slice(0, 10); // the demo office is in WITA
  return new Date(`${local}T${hhmm}:00+08:00`);
};
const ymd = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

async function actor(email: string): Promise<StaffActor> {
  const u = await db().user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role as StaffActor["role"], unitId: u.unitId };
}

function form(information: string) {
  return ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Warga Demo", nik: "5371015508900002", address: "Jl. El Tari No. 5, Kupang",
    phone: "0812 3456 7890", email: "warga@kupang.demo", occupation: "Wiraswasta", informationRequested: information,
    purpose: "Bahan penelitian tentang layanan kesehatan", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
    submissionKey: crypto.randomUUID(), document: new File([PDF], "ktp.pdf", { type: "application/pdf" }),
  });
}

async function refusedRequest(information: string, filedDaysAgo: number) {
  const [citizen, desk, utama] = await Promise.all([actor("warga@kupang.demo"), actor("meja@kupang.demo"), actor("utama@kupang.demo")]);
  const test = await db().consequenceTest.findFirstOrThrow({ where: { decisionNumber: "188.45/02/PPID-KPG/2026" } }); // rekam medis, Pasal 17 huruf h
  const filed = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(information), daysAgo(filedDaysAgo, "09:00"));
  await verifyRequest(desk, { requestId: filed.id }, daysAgo(filedDaysAgo, "11:00"));
  await decideRequest(utama, { requestId: filed.id, outcome: "REJECTED", pasal17Letters: ["h"], consequenceTestId: test.id, notes: "Rekam medis memuat rahasia pribadi pasien." }, daysAgo(filedDaysAgo - 2));
  return filed;
}

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const lateRefusal = await refusedRequest("Rekam medis pasien rawat inap RSUD 2025 (data agregat) — perkara uji e2e, ditolak 100 hari lalu", 102);

  const [citizen, desk, atasan] = await Promise.all([actor("warga@kupang.demo"), actor("meja@kupang.demo"), actor("atasan@kupang.demo")]);
  const ruled = await refusedRequest("Rekam medis pasien DBD Puskesmas Oesapa 2025 — perkara uji e2e, sengketa sudah diputus", 80);
  const objection = await fileObjection(citizen, { requestNumber: ruled.number, grounds: ["REFUSED_PASAL_17"], casePosition: "Data agregat tanpa identitas pasien dapat dibuka.", purpose: "Penelitian" }, daysAgo(75));
  await answerObjection(atasan, { objectionId: objection.id, decision: "REJECT", reason: "Dikecualikan berdasarkan uji konsekuensi rekam medis." }, daysAgo(70));
  const filedOn = daysAgo(66);
  const dispute = await recordDispute(desk, { objectionId: objection.id, filedOn: ymd(filedOn), registerNumber: "041/REG-PSI/E2E/2026" }, filedOn);
  await advanceDispute(desk, { disputeId: dispute.id, event: "START_ADJUDICATION", date: ymd(daysAgo(40)) }, daysAgo(40));
  await advanceDispute(desk, { disputeId: dispute.id, event: "RULE_REJECTED", date: ymd(daysAgo(5)), rulingText: "Menolak permohonan pemohon; informasi tetap dikecualikan." }, daysAgo(5));

  const outbox = {
    waiting: "[UJI] Pemberitahuan yang menunggu dikirim ulang",
    failed: "[UJI] Pemberitahuan ke alamat yang ditolak",
  };
  await enqueueMail(null, { to: "antre@tunda.e2e", subject: outbox.waiting, text: "Pesan uji Kotak keluar: server penerima meminta dicoba lagi.", category: "TEST" });
  await enqueueMail(null, { to: "salah-ketik@ditolak.e2e", subject: outbox.failed, text: "Pesan uji Kotak keluar: alamat ditolak server penerima.", category: "TEST" });

  const out = {
    outbox,
    lateRefusal: { number: lateRefusal.number },
    ruledDispute: { disputeId: dispute.id, requestNumber: ruled.number, accessCode: ruled.accessCode, objectionNumber: objection.number, rulingDate: ymd(daysAgo(5)) },
  };
  writeFileSync(path.join(process.cwd(), ".data", `e2e-fixtures-${port}.json`), JSON.stringify(out, null, 2));
  console.log(`E2E fixtures: ${lateRefusal.number} (refused 100 days ago), dispute ${dispute.id} (KI ruling 5 days ago)`);
}

main()
  .then(async () => {
    await db().$disconnect();
    process.exit(0);
  })
  .catch((error) => {
    console.error("[e2e-fixtures]", error);
    process.exit(1);
  });
