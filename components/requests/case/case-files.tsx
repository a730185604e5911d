import type { AttachmentPurpose } from "@/lib/domain/attachment-access";
import { formatFileSize } from "@/lib/domain/dip-format";
import { formatDateId } from "@/lib/domain/format-date";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { LetterReceipt } from "@/components/letters/letter-receipt-form";
import type { RequestCase } from "@/lib/view-types/request-case";
import { fromDbDate } from "@/lib/domain/db-date";

const PURPOSE_LABELS: Partial<Record<AttachmentPurpose, string>> = {
  KTP: "Pindaian KTP",
  LEGAL_ENTITY_DOC: "Dokumen badan hukum",
  POWER_OF_ATTORNEY: "Surat kuasa",
  SUPPORTING: "Dokumen pendukung",
  COMPLETION: "Kelengkapan persyaratan",
  ANSWER_DRAFT: "Draf jawaban (internal)",
  DELIVERED_INFORMATION: "Informasi yang diserahkan",
};

/** Case documents (/api/dokumen/<id>, access checked there too) and the letters (/api/surat/<id>). */
export function CaseFiles({ kase, receipt }: { kase: RequestCase; receipt?: { today: string; canRecord: boolean } }) {
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="dokumen" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="dokumen" className="text-lg font-semibold">Dokumen</h2>
        {kase.attachments.length === 0 ? (
          <p className="mt-2 text-slate-700">Belum ada dokumen.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {kase.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/dokumen/${a.id}`} className="text-brand-800 underline">{a.fileName}</a>{" "}
                <span className="text-sm text-slate-700">
                  ({PURPOSE_LABELS[a.purpose as AttachmentPurpose] ?? a.purpose}, {formatFileSize(a.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
        {kase.hiddenPersonalFiles > 0 && (
          <p className="mt-2 text-sm text-slate-700">
            {kase.hiddenPersonalFiles} dokumen identitas tidak ditampilkan: Anda tidak berwenang melihat data pribadi pemohon.
          </p>
        )}
      </section>
      <section aria-labelledby="surat" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="surat" className="text-lg font-semibold">Surat</h2>
        {kase.letters.length === 0 ? (
          <p className="mt-2 text-slate-700">Belum ada surat.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {kase.letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/surat/${l.id}`} className="text-brand-800 underline">
                  {LETTERS[l.kind as LetterKind]?.title ?? l.kind}
                </a>{" "}
                <span className="text-sm text-slate-700">
                  No. {l.number}, {formatDateId(fromDbDate(l.date))} (PDF)
                </span>
                {receipt && (l.kind === "WRITTEN_NOTICE" || l.kind === "REFUSAL_DECISION") && (
                  <LetterReceipt letter={l} returnTo={`/kantor/permohonan/${kase.id}`} {...receipt} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
