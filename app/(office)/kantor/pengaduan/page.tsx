import type { Metadata } from "next";
import Link from "next/link";
import { ComplaintTable } from "@/components/complaints/complaint-table";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { COMPLAINT_STATUS_LABELS, COMPLAINT_STATUSES, SP4N_LAPOR_URL } from "@/lib/domain/complaints";
import { ZComplaintRegisterQuery } from "@/lib/schemas/complaint";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { listComplaints } from "@/lib/server/queries/complaints";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Register pengaduan" };

export default async function ComplaintRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("complaint.manage", "/kantor/pengaduan");
  const { status } = ZComplaintRegisterQuery.parse(await searchParams);
  const rows = await listComplaints(user, status);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Pengaduan masyarakat: tugaskan petugas, catat tindak lanjut, dan tutup dengan jawaban. Pengaduan yang menjadi kewenangan instansi lain diteruskan melalui SP4N-LAPOR!.">
        Register pengaduan
      </PageTitle>
      <nav aria-label="Saring status" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link href="/kantor/pengaduan" aria-current={!status ? "page" : undefined} className="rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">Semua</Link>
        {COMPLAINT_STATUSES.map((s) => (
          <Link key={s} href={`/kantor/pengaduan?status=${s}`} aria-current={status === s ? "page" : undefined} className="rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {COMPLAINT_STATUS_LABELS[s]}
          </Link>
        ))}
        <a href={SP4N_LAPOR_URL} rel="noopener noreferrer" target="_blank" className="ml-auto underline">SP4N-LAPOR!</a>
      </nav>
      <ComplaintTable rows={rows} office caption="Register pengaduan" />
    </OfficeFrame>
  );
}
