import type { Metadata } from "next";
import Link from "next/link";
import { ComplaintTable } from "@/components/complaints/complaint-table";
import { PageTitle } from "@/components/ui/page-title";
import { listMyComplaints } from "@/lib/server/queries/complaints";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Pengaduan saya" };

/** Only the complaints filed while signed in with this account. */
export default async function MyComplaintsPage() {
  const user = await requirePermission("complaint.view_own", "/akun/pengaduan");
  const rows = await listMyComplaints(user);
  return (
    <>
      <p className="mb-2"><Link href="/akun" className="text-brand-700 underline">← Akun saya</Link></p>
      <PageTitle lead="Pengaduan yang Anda kirim saat masuk dengan akun ini. Jawaban dapat dilihat di halaman Lacak Pengaduan dengan kode akses.">Pengaduan saya</PageTitle>
      <p className="mb-4"><Link className="underline" href="/pengaduan">Kirim pengaduan baru</Link> · <Link className="underline" href="/pengaduan/lacak">Lacak pengaduan</Link></p>
      <ComplaintTable rows={rows} office={false} caption="Pengaduan saya" />
    </>
  );
}
