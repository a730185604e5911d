import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsequenceTestForm } from "@/components/consequence-tests/consequence-test-form";
import { OfficeFrame } from "@/components/layout/office-frame";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { DIP_CATEGORY_NAMES } from "@/lib/domain/dip-labels";
import { DIP_STATUS_LABELS, type DipCategory, type DipStatus } from "@/lib/domain/dip-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getConsequenceTest } from "@/lib/server/queries/dip-office";
import { requirePermission } from "@/lib/server/session";
import { fromDbDate } from "@/lib/domain/db-date";

export const metadata: Metadata = { title: "Uji konsekuensi" };

export default async function ConsequenceTestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dibuat?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("consequence_test.manage", `/kantor/uji-konsekuensi/${id}`);
  const test = await getConsequenceTest(id);
  if (!test) notFound();
  const { dibuat } = await searchParams;
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2">
        <Link href="/kantor/uji-konsekuensi" className="underline">← Uji konsekuensi</Link>
      </p>
      <PageTitle lead={`SK ${test.decisionNumber}, ${formatDateId(fromDbDate(test.decisionDate))}`}>{test.information}</PageTitle>
      {dibuat && <FormAlert tone="success" message="Uji konsekuensi disimpan." />}

      <section aria-labelledby="lembar" className="mb-8">
        <h2 id="lembar" className="mb-3 text-xl font-semibold">Lembar yang ditandatangani</h2>
        {test.attachments.length === 0 ? (
          <p>Belum ada lembar yang diunggah.</p>
        ) : (
          <ul className="list-disc pl-6">
            {test.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/dokumen/${a.id}`} className="text-brand-800 underline">{a.fileName}</a>{" "}
                <span className="text-sm text-slate-700">(diunggah {formatDateId(fromDbDate(a.createdAt))})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="entri" className="mb-8">
        <h2 id="entri" className="mb-3 text-xl font-semibold">Entri DIP yang merujuk</h2>
        {test.dipEntries.length === 0 ? (
          <p>Belum ada entri yang merujuk uji konsekuensi ini.</p>
        ) : (
          <ul className="list-disc pl-6">
            {test.dipEntries.map((e) => (
              <li key={e.id}>
                <Link href={`/kantor/dip/${e.id}`} className="text-brand-800 underline">{e.number} — {e.title}</Link>{" "}
                ({DIP_CATEGORY_NAMES[e.category as DipCategory]}, {DIP_STATUS_LABELS[e.status as DipStatus]})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ubah">
        <h2 id="ubah" className="mb-3 text-xl font-semibold">Ubah isian</h2>
        <ConsequenceTestForm
          testId={test.id}
          letters={test.pasal17Letters}
          defaults={{
            information: test.information,
            otherLegalBasis: test.otherLegalBasis ?? "",
            consequences: test.consequences,
            publicInterest: test.publicInterest,
            conclusion: test.conclusion,
            exemptionPeriod: test.exemptionPeriod ?? "",
            exemptUntil: test.exemptUntil ? fromDbDate(test.exemptUntil) : "",
            participants: test.participants,
            decisionNumber: test.decisionNumber,
            decisionDate: fromDbDate(test.decisionDate),
          }}
        />
      </section>
    </OfficeFrame>
  );
}
