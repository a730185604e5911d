import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { formatAccessCode } from "@/lib/domain/numbering";
import { can } from "@/lib/domain/permissions";
import { trackRequestById } from "@/lib/server/queries/track-request";
import { getCurrentUser } from "@/lib/server/session";
import { trackedRequestId } from "@/lib/server/tracking-session";

export const metadata: Metadata = { title: "Permohonan terkirim" };
export const dynamic = "force-dynamic";

/** UU 14/2008 Pasal 22(4)-(5): the registration number and the receipt, at once. */
export default async function RequestSentPage() {
  // Opened by the signed tracking cookie the filing set (no access code in the address).
  const openId = await trackedRequestId();
  const found = openId ? await trackRequestById(openId) : null;
  if (!found) {
    return (
      <>
        <PageTitle>Permohonan terkirim</PageTitle>
        <FormAlert message="Data permohonan tidak ditemukan. Periksa nomor pendaftaran dan kode akses pada tanda bukti Anda." />
        <Link href="/lacak" className="text-brand-700 underline">Lacak permohonan</Link>
      </>
    );
  }
  const user = await getCurrentUser();
  const receipt = found.letters.find((l) => l.kind === "RECEIPT");
  const trackHref = "/lacak";
  return (
    <>
      <PageTitle lead="Permohonan Anda sudah kami terima dan dicatat dalam buku register permohonan.">Permohonan terkirim</PageTitle>
      <section aria-labelledby="bukti" className="max-w-2xl rounded border-l-4 border-brand-700 bg-brand-50 p-5" role="status">
        <h2 id="bukti" className="sr-only">Tanda bukti penerimaan</h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-700">Nomor pendaftaran</dt>
            <dd className="font-mono text-2xl font-bold" data-testid="nomor-pendaftaran">{found.number}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Tanggal diterima</dt>
            <dd className="font-semibold">{formatDateId(found.receivedDate)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Batas waktu pemberitahuan tertulis</dt>
            <dd className="font-semibold" data-testid="batas-waktu">
              {found.dueDate ? formatDateId(found.dueDate) : "—"}
              <span className="block text-sm font-normal">{found.responseWorkingDays} hari kerja sejak diterima (UU 14/2008 Pasal 22 ayat (7))</span>
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-700">Kode akses</dt>
            <dd className="font-mono text-2xl font-bold tracking-widest" data-testid="kode-akses">{formatAccessCode(found.accessCode)}</dd>
            <dd className="text-sm">Simpan nomor dan kode ini: keduanya diperlukan untuk melacak permohonan tanpa masuk akun.</dd>
          </div>
        </dl>
      </section>
      <ul className="mt-6 space-y-2">
        {receipt && (
          <li>
            <a href={`/api/surat/${receipt.id}`} className="font-semibold text-brand-700 underline">
              Unduh tanda bukti penerimaan (PDF)
            </a>
          </li>
        )}
        <li><Link href={trackHref} className="text-brand-700 underline">Lacak permohonan ini</Link></li>
        {user && can(user.role, "request.view_own") && <li><Link href="/akun" className="text-brand-700 underline">Lihat semua permohonan saya</Link></li>}
      </ul>
    </>
  );
}
