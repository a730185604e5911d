import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RegisterForm } from "@/components/auth/register-form";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Daftar sebagai pemohon" };

export default async function RegisterPage() {
  // A form: rendered per request so it carries the CSP nonce (lib/domain/security-headers.ts).
  await connection();
  return (
    <>
      <PageTitle lead="Dengan akun, Anda dapat mengajukan permohonan dan keberatan, serta melihat semua permohonan Anda di satu tempat. Identitas lengkap (NIK dan KTP) baru diminta saat Anda mengajukan permohonan.">
        Daftar sebagai pemohon
      </PageTitle>
      <RegisterForm />
      <p className="mt-6">
        Sudah punya akun? <Link href="/masuk" className="font-medium text-brand-700 underline">Masuk</Link>
      </p>
    </>
  );
}
