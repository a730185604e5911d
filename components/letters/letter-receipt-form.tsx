import { ActionForm } from "@/components/objections/action-form";
import { Select, TextInput } from "@/components/ui/form-field";
import { recordLetterReceiptAction } from "@/lib/actions/letter-actions";
import { formatDateId } from "@/lib/domain/format-date";
import { HANDOVER_METHOD_LABELS, HANDOVER_METHODS, type HandoverMethod } from "@/lib/domain/handover";
import { fromDbDate } from "@/lib/domain/db-date";

type Letter = { id: string; number: string; deliveredVia: string | null; receivedOn: Date | null };

/**
 * The day a letter reached the requester (UU 14/2008 Pasal 36(1), 37(2): the windows run from
 * receipt). Shown when recorded; otherwise a small form for the desk.
 */
export function LetterReceipt({ letter, returnTo, today, canRecord }: { letter: Letter; returnTo: string; today: string; canRecord: boolean }) {
  if (letter.receivedOn) {
    const via = letter.deliveredVia ? HANDOVER_METHOD_LABELS[letter.deliveredVia as HandoverMethod] : "";
    return <span className="block text-sm text-slate-700">Diterima pemohon {formatDateId(fromDbDate(letter.receivedOn))}{via ? ` (${via.toLowerCase()})` : ""}.</span>;
  }
  if (!canRecord) return <span className="block text-sm text-slate-700">Tanggal diterima pemohon belum dicatat.</span>;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-brand-800 underline">Catat tanggal surat diterima pemohon</summary>
      <ActionForm action={recordLetterReceiptAction} submitLabel="Simpan tanggal diterima" hidden={{ letterId: letter.id, returnTo }} className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
        <Select id={`via-${letter.id}`} name="deliveredVia" label="Cara surat disampaikan" required options={HANDOVER_METHODS.map((m) => ({ value: m, label: HANDOVER_METHOD_LABELS[m] }))} />
        <TextInput id={`on-${letter.id}`} name="receivedOn" type="date" label="Tanggal diterima" required defaultValue={today} max={today} hint="Untuk pos: tanggal diterima menurut bukti pengiriman." />
      </ActionForm>
    </details>
  );
}
