// Shared helpers of the catalogue integration tests (not a test file itself).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TDipEntryInput } from "@/lib/schemas/dip";
import type { CurrentUser } from "@/lib/server/session";

export async function userByEmail(client: PrismaClient, email: string): Promise<CurrentUser> {
  const u = await client.user.findUniqueOrThrow({ where: { email }, include: { unit: true } });
  return { id: u.id, name: u.name, email: u.email, role: u.role, unitId: u.unitId, unitName: u.unit?.name ?? null };
}

export async function unitId(client: PrismaClient, code: string): Promise<string> {
  return (await client.unit.findUniqueOrThrow({ where: { code } })).id;
}

export function entryInput(over: Partial<TDipEntryInput> = {}): TDipEntryInput {
  return {
    title: "Profil Kesehatan Kota Kupang 2025",
    summary: "Data derajat kesehatan, sarana, dan tenaga kesehatan Kota Kupang tahun 2025.",
    category: "BERKALA",
    responsible: "Kepala Dinas Kesehatan",
    producedWhen: "Maret 2026",
    producedWhere: "Kota Kupang",
    form: "SOFTCOPY",
    retention: "5 tahun",
    year: 2025,
    ...over,
  };
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

export function pdfFile(name = "profil-kesehatan.pdf"): File {
  return new File([PDF_BYTES], name, { type: "application/pdf" });
}

/** A Windows program renamed to .pdf and declared as a PDF by the browser. */
export function renamedExe(): File {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00]);
  return new File([bytes], "laporan.pdf", { type: "application/pdf" });
}

export function oversizePdf(): File {
  const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
  bytes.set(PDF_BYTES);
  return new File([bytes], "besar.pdf", { type: "application/pdf" });
}
