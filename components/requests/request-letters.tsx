import { formatDateId } from "@/lib/domain/format-date";
import type { LetterItem } from "@/lib/view-types/requests";

/**
 * The letters of the request as PDFs. A signed-in owner is let through by the case scope, a visitor
 * of the tracking page by its signed cookie: no access code in the link.
 */
export function RequestLetters({ letters }: { letters: LetterItem[] }) {
  return (
    <section aria-labelledby="surat" className="mt-6">
      <h2 id="surat" className="text-lg font-semibold">Surat</h2>
      {letters.length === 0 ? (
        <p className="mt-1 text-slate-700">Belum ada surat.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {letters.map((letter) => (
            <li key={letter.id}>
              <a href={`/api/surat/${letter.id}`} className="font-medium text-brand-700 underline">
                {letter.title} <span className="sr-only">(PDF)</span>
              </a>
              <span className="block text-sm text-slate-700">
                Nomor {letter.number}, {formatDateId(letter.date)} · PDF
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
