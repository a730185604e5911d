import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageTitle } from "@/components/ui/page-title";
import { landingPathFor } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(landingPathFor(user.role));
  return (
    <>
      <PageTitle lead="Masuk untuk mengajukan dan mengikuti permohonan informasi Anda. Petugas PPID masuk dengan akun yang dibuat administrator.">
        Masuk
      </PageTitle>
      {callbackUrl && <p className="mb-4 text-slate-700">Silakan masuk untuk membuka halaman yang Anda tuju.</p>}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        Belum punya akun? <Link href="/daftar" className="font-medium text-brand-700 underline">Daftar sebagai pemohon</Link>
      </p>
    </>
  );
}
