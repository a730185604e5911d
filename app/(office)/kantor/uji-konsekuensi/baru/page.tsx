import type { Metadata } from "next";
import Link from "next/link";
import { ConsequenceTestForm } from "@/components/consequence-tests/consequence-test-form";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Catat uji konsekuensi" };

export default async function NewConsequenceTestPage() {
  const user = await requirePermission("consequence_test.manage", "/kantor/uji-konsekuensi/baru");
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2">
        <Link href="/kantor/uji-konsekuensi" className="underline">← Uji konsekuensi</Link>
      </p>
      <PageTitle lead="Catat hasil uji konsekuensi beserta SK penetapannya. Entri DIP yang dikecualikan merujuk ke catatan ini.">
        Catat uji konsekuensi
      </PageTitle>
      <ConsequenceTestForm />
    </OfficeFrame>
  );
}
