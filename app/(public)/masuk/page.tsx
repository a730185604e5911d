import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageTitle } from "@/components/ui/page-title";
import { landingPathFor } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; aktif?: string; sandi?: string }> }) {
  const { callbackUrl, aktif, sandi } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(landingPathFor(user.role));
  return (
    <>
      <PageTitle lead="Masuk untuk mengajukan dan mengikuti permohonan informasi Anda. Petugas PPID masuk dengan akun yang dibuat administrator.">
        Masuk
      </PageTitle>
      {sandi === "baru" && (
        <p role="status" className="mb-4 rounded border border-brand-700 bg-brand-50 p-3">Kata sandi baru tersimpan. Silakan masuk dengan kata sandi itu.</p>
      )}
      {aktif ? (
        <p role="status" className="mb-4 rounded border border-brand-700 bg-brand-50 p-3">
          Akun Anda sudah aktif. Silakan masuk dengan email dan kata sandi yang Anda buat saat mendaftar.
        </p>
      ) : (
        callbackUrl && <p className="mb-4 text-slate-700">Silakan masuk untuk membuka halaman yang Anda tuju.</p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4">
        <Link href="/lupa-sandi" className="font-medium text-brand-700 underline">Lupa kata sandi?</Link>
      </p>
      <p className="mt-2">
        Baru mendaftar? <Link href="/aktivasi" className="font-medium text-brand-700 underline">Kirim ulang tautan aktivasi</Link>
      </p>
      <p className="mt-2">
        Belum punya akun? <Link href="/daftar" className="font-medium text-brand-700 underline">Daftar sebagai pemohon</Link>
      </p>
    </>
  );
}
