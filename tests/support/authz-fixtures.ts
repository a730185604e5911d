// The objects both authorization matrices act on (tests/e2e/authorization-matrix.spec.ts through
// tests/e2e/authz/prepare.ts, tests/integration/action-matrix.test.ts), made through the portal's own
// services on a database seeded with the demo data: a second citizen, a PPID Pelaksana of a second
// unit, a request of citizen A forwarded to DINKES with its receipt letter and KTP, a complaint and an
// objection of citizen A on that request, a draft DIP entry of DINKES; plus demo objects (a DINKES
// objection, a dispute, a consequence test). Returns the ids and the scoping facts of every object.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { ScopedCase } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { ZFileComplaintInput } from "@/lib/schemas/complaint";
import { ZDipEntryInput } from "@/lib/schemas/dip";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { db } from "@/lib/server/db";
import { createDipEntry } from "@/lib/server/services/create-dip-entry";
import { createRequest } from "@/lib/server/services/create-request";
import { fileComplaint } from "@/lib/server/services/file-complaint";
import { fileObjection } from "@/lib/server/services/file-objection";
import { DEMO_PASSWORD } from "@/prisma/seed-data/office";
import { CITIZEN_B, PELAKSANA_DIKBUD, type AuthzFacts } from "./authz-facts";

export const pdfFile = (name = "dokumen.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n% matriks\n1 0 obj <<>> endobj\n%%EOF\n")], name, { type: "application/pdf" });

export async function prepareAuthzFixtures(passwordCost = 4): Promise<AuthzFacts> {
  const client = db();
  const units = Object.fromEntries((await client.unit.findMany()).map((u) => [u.code, u.id]));
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, passwordCost);
  await client.user.create({ data: { email: CITIZEN_B, name: "Warga Kedua (Demo)", role: "CITIZEN", passwordHash, requesterType: "INDIVIDUAL" } });
  await client.user.create({ data: { email: PELAKSANA_DIKBUD, name: "PPID Pelaksana Dikbud (Demo)", role: "PPID_PELAKSANA", unitId: units.DIKBUD!, passwordHash } });
  const citizenA = await client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
  const asA = { id: citizenA.id, role: "CITIZEN" as const, unitId: null };

  const filed = await createRequest(
    asA,
    ZCreateRequestInput.parse({
      requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
      phone: "081234567890", email: "maria@contoh.id", occupation: "Wiraswasta",
      informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas 2025", purpose: "Bahan penelitian skripsi",
      obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document: pdfFile("ktp.pdf"),
    }),
  );
  // Forwarded to DINKES (the scoping field only; the workflow's own step is tested elsewhere).
  const request = await client.informationRequest.update({ where: { id: filed.id }, data: { unitId: units.DINKES! } });
  const letter = await client.letter.findFirstOrThrow({ where: { requestId: request.id } });
  const ktp = await client.attachment.findFirstOrThrow({ where: { requestId: request.id, purpose: "KTP" } });
  const complaint = await fileComplaint(
    asA,
    ZFileComplaintInput.parse({ category: "SERVICE_QUALITY", officialConcerned: "Petugas meja", description: "Petugas tidak memberi tanda terima permohonan.", submissionKey: randomUUID() }),
  );
  // UU 14/2008 Pasal 35(1)(b): a ground that is there from the day of filing.
  const own = await fileObjection(asA, {
    requestNumber: request.number, grounds: ["PERIODIC_NOT_PUBLISHED"],
    casePosition: "Informasi berkala imunisasi tidak diumumkan di laman PPID.", purpose: "Bahan penelitian skripsi",
  });

  const objection = await client.objection.findFirstOrThrow({ where: { request: { unitId: units.DINKES!, requesterUserId: null } }, include: { request: true } });
  const dispute = await client.dispute.findFirstOrThrow({ include: { objection: { include: { request: true } } } });
  // A draft of DINKES, proposed by its PPID Pelaksana: editable by its unit and the PPID Utama only.
  const pelaksana = await client.user.findUniqueOrThrow({ where: { email: "pelaksana@kupang.demo" } });
  const draft = await createDipEntry(
    { id: pelaksana.id, role: "PPID_PELAKSANA", unitId: pelaksana.unitId },
    ZDipEntryInput.parse({
      title: "Data cakupan imunisasi per puskesmas", summary: "Cakupan imunisasi dasar lengkap per puskesmas, tahun 2025.", category: "BERKALA",
      responsible: "Dinas Kesehatan", producedWhen: "2026", producedWhere: "Kupang", form: "SOFTCOPY", retention: "5 tahun", year: 2026,
    }),
  );
  const dipEntry = await client.dipEntry.findUniqueOrThrow({ where: { id: draft.id } });
  const test = await client.consequenceTest.findFirstOrThrow();

  const kase = (r: ScopedCase) => ({ requesterUserId: r.requesterUserId, unitId: r.unitId });
  const users = Object.fromEntries((await client.user.findMany()).map((u) => [u.email, { id: u.id, role: u.role as Role, unitId: u.unitId }]));
  return {
    units,
    users,
    request: { id: request.id, number: request.number, ...kase(request) },
    letter: { id: letter.id, kase: kase(request) },
    ktp: { id: ktp.id, kase: kase(request) },
    objection: { id: objection.id, number: objection.number, kase: kase(objection.request) },
    ownObjection: { id: own.id, number: own.number, kase: kase(request) },
    dispute: { id: dispute.id, kase: kase(dispute.objection.request) },
    complaint: { id: complaint.id, userId: citizenA.id },
    dipEntry: { id: dipEntry.id, unitId: dipEntry.unitId },
    consequenceTest: { id: test.id },
  };
}
