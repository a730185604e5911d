import type { Metadata } from "next";
import { ComplaintTracker } from "@/components/complaints/complaint-tracker";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Lacak pengaduan" };

export default function TrackComplaintPage() {
  return (
    <>
      <PageTitle lead="Masukkan nomor pengaduan dan kode akses yang tertera pada tanda terima pengaduan Anda.">Lacak pengaduan</PageTitle>
      <ComplaintTracker />
    </>
  );
}
