import { PERSONAL_DATA_PURPOSES, type AttachmentPurpose } from "@/lib/domain/attachment-access";

type File = { id: string; fileName: string; purpose: string };

const PURPOSE_LABELS: Partial<Record<AttachmentPurpose, string>> = {
  KTP: "KTP",
  LEGAL_ENTITY_DOC: "Dokumen badan hukum",
  POWER_OF_ATTORNEY: "Surat kuasa",
  SUPPORTING: "Dokumen pendukung",
  COMPLETION: "Kelengkapan persyaratan",
  ANSWER_DRAFT: "Rancangan jawaban",
  DELIVERED_INFORMATION: "Informasi yang diserahkan",
  DISPUTE_DOCUMENT: "Dokumen sengketa",
};

/** Case files as download links (/api/dokumen checks access again); identity papers only with `showPersonal`. */
export function AttachmentList({ files, showPersonal }: { files: File[]; showPersonal: boolean }) {
  const visible = files.filter((f) => showPersonal || !PERSONAL_DATA_PURPOSES.includes(f.purpose as AttachmentPurpose));
  if (visible.length === 0) return <p>Tidak ada dokumen.</p>;
  return (
    <ul className="space-y-1">
      {visible.map((f) => (
        <li key={f.id}>
          <a href={`/api/dokumen/${f.id}`} className="text-brand-700 underline">{f.fileName}</a>{" "}
          <span className="text-sm text-slate-700">({PURPOSE_LABELS[f.purpose as AttachmentPurpose] ?? f.purpose})</span>
        </li>
      ))}
    </ul>
  );
}
