import type { Metadata } from "next";
import Link from "next/link";
import { randomBytes } from "node:crypto";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { PageTitle } from "@/components/ui/page-title";
import { SP4N_LAPOR_URL } from "@/lib/domain/complaints";
import { toOfficeLocalDate } from "@/lib/domain/office-time";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = { title: "Pengaduan" };
export const dynamic = "force-dynamic";

export default async function ComplaintPage() {
  const [units, office] = await Promise.all([listActiveUnitChoices(), getOffice()]);
  const submissionKey = randomBytes(18).toString("base64url");
  return (
    <>
      <PageTitle lead="Laporkan penyalahgunaan wewenang, pelanggaran oleh pejabat atau petugas, atau layanan yang tidak semestinya (UU 25/2009 tentang Pelayanan Publik, Pasal 36 dan 40).">
        Pengaduan
      </PageTitle>
      <div className="mb-6 max-w-3xl space-y-2">
        <p>
          Setiap pengaduan mendapat nomor dan kode akses untuk dipantau di halaman <Link className="underline" href="/pengaduan/lacak">Lacak Pengaduan</Link>.
          Bila Anda keberatan atas jawaban permohonan informasi, gunakan <Link className="underline" href="/keberatan">keberatan</Link>, bukan pengaduan.
        </p>
        <p>
          Pengaduan tentang pelayanan publik instansi lain, atau yang ingin Anda sampaikan melalui kanal nasional, dapat diajukan ke{" "}
          <a className="underline" href={SP4N_LAPOR_URL} rel="noopener noreferrer" target="_blank">SP4N-LAPOR! (lapor.go.id)</a>.
        </p>
      </div>
      <ComplaintForm submissionKey={submissionKey} units={units} today={toOfficeLocalDate(new Date(), office.timeZone)} />
    </>
  );
}
