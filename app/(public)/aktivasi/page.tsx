import type { Metadata } from "next";
import Link from "next/link";
import { ActivateAccountForm } from "@/components/auth/activation-forms";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { PageTitle } from "@/components/ui/page-title";
import { ACTIVATION_INVALID_MESSAGE, ACTIVATION_RESENT_MESSAGE, REGISTRATION_SENT_MESSAGE } from "@/lib/domain/account-activation";
import { readActivationLink } from "@/lib/server/services/account-activation";

export const metadata: Metadata = { title: "Aktivasi akun", referrer: "no-referrer" };

const notice = "mb-4 max-w-2xl rounded border border-brand-700 bg-brand-50 p-3";

export default async function ActivationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; terkirim?: string }> }) {
  const { token: raw, terkirim } = await searchParams;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 300) ?? "";
  const link = token ? await readActivationLink(token) : null;
  return (
    <>
      <PageTitle>Aktivasi akun</PageTitle>
      {terkirim === "1" && <p role="status" className={notice}>{REGISTRATION_SENT_MESSAGE}</p>}
      {terkirim === "ulang" && <p role="status" className={notice}>{ACTIVATION_RESENT_MESSAGE}</p>}
      {link?.state === "pending" && (
        <>
          <p className="mb-4 max-w-2xl">Akun atas nama <strong>{link.name}</strong> menunggu aktivasi. Bila nama ini bukan yang Anda daftarkan, jangan aktifkan.</p>
          <ActivateAccountForm token={token} />
        </>
      )}
      {link?.state === "active" && (
        <p role="status" className={notice}>
          Akun ini sudah aktif. <Link href="/masuk" className="underline">Silakan masuk</Link>.
        </p>
      )}
      {link?.state === "invalid" && <p role="alert" className="mb-4 max-w-2xl rounded border-l-4 border-red-700 bg-red-50 p-3">{ACTIVATION_INVALID_MESSAGE}</p>}
      {link?.state !== "pending" && link?.state !== "active" && (
        <section aria-labelledby="kirim-ulang" className="mt-6">
          <h2 id="kirim-ulang" className="mb-2 text-lg font-semibold">Belum menerima email aktivasi?</h2>
          <p className="mb-3 max-w-2xl text-slate-700">Masukkan email yang Anda pakai saat mendaftar; kami mengirim tautan baru bila akunnya belum aktif.</p>
          <EmailLinkForm kind="activation" />
        </section>
      )}
      <p className="mt-6"><Link href="/masuk" className="font-medium text-brand-700 underline">Ke halaman masuk</Link></p>
    </>
  );
}
