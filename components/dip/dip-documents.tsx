import { formatFileSize } from "@/lib/domain/dip-format";
import { documentPath } from "@/lib/domain/dip-paths";
import type { PublicDipDocument } from "@/lib/view-types/dip";

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "text/csv": "CSV",
  "image/jpeg": "Gambar JPEG",
  "image/png": "Gambar PNG",
  "application/zip": "ZIP",
};

export function documentTypeLabel(mimeType: string): string {
  return TYPE_LABELS[mimeType] ?? mimeType;
}

export function DipDocuments({ documents }: { documents: PublicDipDocument[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
          <a href={documentPath(d.id)} className="font-medium text-brand-700 underline" download>
            {d.name}
            <span className="sr-only"> (unduh, {documentTypeLabel(d.type)}, {formatFileSize(d.size)})</span>
          </a>
          <span className="text-sm text-slate-700" aria-hidden="true">
            {documentTypeLabel(d.type)} · {formatFileSize(d.size)}
          </span>
        </li>
      ))}
    </ul>
  );
}
