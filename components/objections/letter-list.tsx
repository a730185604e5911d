import { formatDateId } from "@/lib/domain/format-date";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { fromDbDate } from "@/lib/domain/db-date";

type LetterRow = { id: string; kind: string; number: string; date: Date };

/** Letters of a case as PDF links (/api/surat/<id>; `code` = the request's access code for the public). */
export function LetterList({ letters, code }: { letters: LetterRow[]; code?: string }) {
  if (letters.length === 0) return <p>Belum ada surat.</p>;
  const query = code ? `?kode=${encodeURIComponent(code)}` : "";
  return (
    <ul className="space-y-1">
      {letters.map((l) => (
        <li key={l.id}>
          <a href={`/api/surat/${l.id}${query}`} className="text-brand-700 underline">
            {LETTERS[l.kind as LetterKind]?.title ?? l.kind}
          </a>{" "}
          <span className="text-sm text-slate-700">
            Nomor {l.number}, {formatDateId(fromDbDate(l.date))} (PDF)
          </span>
        </li>
      ))}
    </ul>
  );
}
