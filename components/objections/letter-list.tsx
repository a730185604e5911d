import { formatDateId } from "@/lib/domain/format-date";
import { LetterReceipt } from "@/components/letters/letter-receipt-form";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { fromDbDate } from "@/lib/domain/db-date";

type LetterRow = { id: string; kind: string; number: string; date: Date; deliveredVia?: string | null; receivedOn?: Date | null };

/** Letters whose day of receipt starts one of the requester's windows (Pasal 36(1), 37(2)). */
const COUNTED_FROM_RECEIPT = ["WRITTEN_NOTICE", "REFUSAL_DECISION", "ATASAN_ANSWER"];

/** Letters of a case as PDF links (/api/surat/<id>: case scope, or the tracking page's signed cookie). */
export function LetterList({ letters, receipt }: { letters: LetterRow[]; receipt?: { returnTo: string; today: string; canRecord: boolean } }) {
  if (letters.length === 0) return <p>Belum ada surat.</p>;
  return (
    <ul className="space-y-1">
      {letters.map((l) => (
        <li key={l.id}>
          <a href={`/api/surat/${l.id}`} className="text-brand-700 underline">
            {LETTERS[l.kind as LetterKind]?.title ?? l.kind}
          </a>{" "}
          <span className="text-sm text-slate-700">
            Nomor {l.number}, {formatDateId(fromDbDate(l.date))} (PDF)
          </span>
          {receipt && COUNTED_FROM_RECEIPT.includes(l.kind) && (
            <LetterReceipt letter={{ id: l.id, number: l.number, deliveredVia: l.deliveredVia ?? null, receivedOn: l.receivedOn ?? null }} {...receipt} />
          )}
        </li>
      ))}
    </ul>
  );
}
