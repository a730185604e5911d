// Run before the authorization-matrix instance starts (node --conditions=react-server --import tsx):
// on its freshly seeded database, through the portal's own services, it adds what the matrix needs
// beyond the demo data — a second citizen, a PPID Pelaksana of a second unit, a request of citizen A
// forwarded to DINKES with its receipt letter and KTP, a complaint filed by citizen A — and prints
// the ids and the scoping facts of every target as JSON on its last line.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { ZFileComplaintInput } from "@/lib/schemas/complaint";
import { db } from "@/lib/server/db";
import { createRequest } from "@/lib/server/services/create-request";
import { fileComplaint } from "@/lib/server/services/file-complaint";
import { DEMO_PASSWORD } from "@/prisma/seed-data/office";

async function main() {
  const client = db();
  const units = Object.fromEntries((await client.unit.findMany()).map((u) => [u.code, u.id]));
  const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
  const citizenB = await client.user.create({
    data: { email: "warga-b@kupang.demo", name: "Warga Kedua (Demo)", role: "CITIZEN", passwordHash: hash, requesterType: "INDIVIDUAL" },
  });
  await client.user.create({
    data: { email: "pelaksana-dikbud@kupang.demo", name: "PPID Pelaksana Dikbud (Demo)", role: "PPID_PELAKSANA", unitId: units.DIKBUD!, passwordHash: hash },
  });
  const citizenA = await client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });

  const pdf = new File([new TextEncoder().encode("%PDF-1.4\n% KTP matriks\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" });
  const filed = await createRequest(
    { id: citizenA.id, role: "CITIZEN" },
    ZCreateRequestInput.parse({
      requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
      phone: "081234567890", email: "maria@contoh.id", occupation: "Wiraswasta",
      informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas 2025", purpose: "Bahan penelitian skripsi",
      obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document: pdf,
    }),
  );
  // Forwarded to DINKES (the scoping field only; the workflow's own step is tested elsewhere).
  const request = await client.informationRequest.update({ where: { id: filed.id }, data: { unitId: units.DINKES! } });
  const letter = await client.letter.findFirstOrThrow({ where: { requestId: request.id } });
  const ktp = await client.attachment.findFirstOrThrow({ where: { requestId: request.id, purpose: "KTP" } });

  const complaint = await fileComplaint(
    { id: citizenA.id, role: "CITIZEN" },
    ZFileComplaintInput.parse({ category: "SERVICE_QUALITY", officialConcerned: "Petugas meja", description: "Petugas tidak memberi tanda terima permohonan.", submissionKey: randomUUID() }),
  );
  const objection = await client.objection.findFirstOrThrow({ where: { request: { unitId: units.DINKES! } }, include: { request: true } });
  const dispute = await client.dispute.findFirstOrThrow({ include: { objection: { include: { request: true } } } });
  const dipEntry = await client.dipEntry.findFirstOrThrow({ where: { unitId: units.DINKES! }, orderBy: { number: "asc" } });
  const test = await client.consequenceTest.findFirstOrThrow();

  const kase = (r: { requesterUserId: string | null; unitId: string | null }) => ({ requesterUserId: r.requesterUserId, unitId: r.unitId });
  const users = Object.fromEntries((await client.user.findMany()).map((u) => [u.email, { id: u.id, role: u.role, unitId: u.unitId }]));
  const out = {
    units,
    users,
    citizenB: citizenB.id,
    request: { id: request.id, number: request.number, ...kase(request) },
    letter: { id: letter.id, kase: kase(request) },
    ktp: { id: ktp.id, kase: kase(request) },
    objection: { id: objection.id, number: objection.number, kase: kase(objection.request) },
    dispute: { id: dispute.id, kase: kase(dispute.objection.request) },
    complaint: { id: complaint.id, userId: citizenA.id },
    dipEntry: { id: dipEntry.id, unitId: dipEntry.unitId },
    consequenceTest: { id: test.id },
  };
  await client.$disconnect();
  console.log(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
