import type { Metadata } from "next";
import Link from "next/link";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { PageTitle } from "@/components/ui/page-title";
import { PASSWORD_RESET_SENT_MESSAGE } from "@/lib/domain/password-reset";

export const metadata: Metadata = { title: "Lupa kata sandi" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ terkirim?: string }> }) {
  const { terkirim } = await searchParams;
  return (
    <>
      <PageTitle lead="Masukkan email akun Anda. Kami mengirim tautan untuk memilih kata sandi baru.">Lupa kata sandi</PageTitle>
      {terkirim ? (
        <p role="status" className="mb-4 max-w-2xl rounded border border-brand-700 bg-brand-50 p-3">{PASSWORD_RESET_SENT_MESSAGE}</p>
      ) : (
        <EmailLinkForm kind="reset" />
      )}
      <p className="mt-6"><Link href="/masuk" className="font-medium text-brand-700 underline">Kembali ke halaman masuk</Link></p>
    </>
  );
}
