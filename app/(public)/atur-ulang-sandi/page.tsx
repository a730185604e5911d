import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { PageTitle } from "@/components/ui/page-title";
import { PASSWORD_RESET_INVALID_MESSAGE } from "@/lib/domain/password-reset";
import { isResetTokenUsable } from "@/lib/server/services/password-reset";

export const metadata: Metadata = { title: "Atur ulang kata sandi", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const usable = await isResetTokenUsable(token);
  return (
    <>
      <PageTitle>Atur ulang kata sandi</PageTitle>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="mb-4 max-w-2xl rounded border-l-4 border-red-700 bg-red-50 p-3">
          {PASSWORD_RESET_INVALID_MESSAGE} <Link href="/lupa-sandi" className="underline">Minta tautan baru</Link>.
        </p>
      )}
    </>
  );
}
