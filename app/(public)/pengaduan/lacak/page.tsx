import type { Metadata } from "next";
import { connection } from "next/server";
import { ComplaintTracker } from "@/components/complaints/complaint-tracker";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Lacak pengaduan" };

export default async function TrackComplaintPage() {
  // A tracking form: rendered per request so it carries the CSP nonce (lib/domain/security-headers.ts).
  await connection();
  return (
    <>
      <PageTitle lead="Masukkan nomor pengaduan dan kode akses yang tertera pada tanda terima pengaduan Anda.">Lacak pengaduan</PageTitle>
      <ComplaintTracker />
    </>
  );
}
