import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { landingPathFor } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Akses ditolak" };

export default async function ForbiddenPage() {
  const user = await getCurrentUser();
  return (
    <>
      <PageTitle lead="Akun Anda tidak berwenang membuka halaman tersebut.">Akses ditolak</PageTitle>
      <p>
        <Link href={user ? landingPathFor(user.role) : "/"} className="font-medium text-brand-700 underline">
          Kembali ke halaman Anda
        </Link>
      </p>
    </>
  );
}
