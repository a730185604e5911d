import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { MyRequestList } from "@/components/requests/my-request-list";
import { listMyRequests } from "@/lib/server/queries/my-requests";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Permohonan saya" };

export default async function MyAccountPage({ searchParams }: { searchParams: Promise<{ baru?: string }> }) {
  const user = await requirePermission("request.create_own", "/akun");
  const { baru } = await searchParams;
  const requests = await listMyRequests(user);
  return (
    <>
      <PageTitle lead={`Selamat datang, ${user.name}. Di sini Anda melihat semua permohonan informasi yang Anda ajukan.`}>
        Permohonan saya
      </PageTitle>
      {baru && <FormAlert tone="success" message="Akun Anda sudah dibuat. Anda sekarang dapat mengajukan permohonan informasi." />}
      <p className="mb-6">
        <Link href="/permohonan/ajukan" className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Ajukan permohonan informasi
        </Link>
        <Link href="/akun/pengaduan" className="ml-4 text-brand-700 underline">Pengaduan saya</Link>
        <Link href="/akun/surel" className="ml-4 text-brand-700 underline">Pemberitahuan surel</Link>
      </p>
      {requests.length === 0 ? (
        <div className="rounded border border-slate-200 bg-white p-6">
          <p>Anda belum mengajukan permohonan informasi.</p>
          <p className="mt-2">
            Sebelum mengajukan, cek dulu <Link href="/informasi-publik" className="text-brand-700 underline">Daftar Informasi Publik</Link>:
            banyak informasi sudah dapat diunduh langsung. Cara mengajukan permohonan ada di halaman{" "}
            <Link href="/permohonan" className="text-brand-700 underline">Permohonan</Link>.
          </p>
        </div>
      ) : (
        <MyRequestList requests={requests} />
      )}
    </>
  );
}
