import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { RequestForm } from "@/components/requests/request-form";
import { PageTitle } from "@/components/ui/page-title";
import { can } from "@/lib/domain/permissions";
import { getRequesterProfile } from "@/lib/server/queries/requester-profile";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Ajukan permohonan informasi" };
export const dynamic = "force-dynamic";

/** UU 14/2008 Pasal 22(1): anyone may file online; a signed-in citizen's profile is pre-filled. */
export default async function FileRequestPage() {
  const user = await getCurrentUser();
  // The workflow table lets only the requester SUBMIT; staff register at the desk instead.
  if (user && !can(user.role, "request.create_own")) {
    return (
      <>
        <PageTitle>Ajukan Permohonan Informasi</PageTitle>
        <p className="max-w-2xl">
          Anda masuk dengan akun petugas, yang tidak dapat mengajukan permohonan atas nama sendiri.{" "}
          {can(user.role, "request.register_on_behalf") ? (
            <>
              Permohonan yang diterima langsung, melalui pos, surel, atau telepon dicatat di{" "}
              <Link href="/kantor/permohonan/baru" className="text-brand-700 underline">Catat permohonan</Link>.
            </>
          ) : (
            <>Keluar terlebih dahulu bila Anda ingin mengajukan permohonan sebagai warga.</>
          )}
        </p>
      </>
    );
  }
  const [units, profile] = await Promise.all([
    listActiveUnitChoices(),
    user ? getRequesterProfile(user.id) : null,
  ]);
  const defaults = profile
    ? {
        requesterType: profile.requesterType ?? "INDIVIDUAL",
        name: profile.name,
        nik: profile.nik ?? "",
        phone: profile.phone ?? "",
        address: profile.address ?? "",
        occupation: profile.occupation ?? "",
        email: profile.email,
      }
    : {};
  return (
    <>
      <PageTitle lead="Isi formulir ini untuk meminta informasi publik yang belum tersedia di Daftar Informasi Publik. Setelah terkirim Anda langsung menerima nomor pendaftaran, tanda bukti penerimaan, dan kode akses untuk melacak permohonan.">
        Ajukan Permohonan Informasi
      </PageTitle>
      {!user && (
        <p className="mb-6 max-w-3xl rounded border border-slate-200 bg-white p-4">
          Anda dapat mengajukan tanpa akun: simpan nomor pendaftaran dan kode akses yang muncul setelah mengirim. Dengan akun, semua
          permohonan Anda tersimpan di satu tempat — <Link href="/masuk?callbackUrl=%2Fpermohonan%2Fajukan" className="text-brand-700 underline">masuk</Link>{" "}
          atau <Link href="/daftar" className="text-brand-700 underline">daftar</Link>.
        </p>
      )}
      <RequestForm
        mode="online"
        submissionKey={randomUUID()}
        defaults={defaults}
        units={units.map((u) => ({ value: u.id, label: u.name }))}
      />
    </>
  );
}
