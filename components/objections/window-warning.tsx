/**
 * The outside-window warning of an objection (UU 14/2008 Pasal 36(1)): registered all the same,
 * the Atasan PPID judges admissibility. Shown at the top of the receipt page, as on the receipt.
 */
export function WindowWarning({ warning }: { warning: string }) {
  return (
    <div role="note" aria-labelledby="di-luar-batas" className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-900">
      <p id="di-luar-batas" className="font-semibold">Diajukan di luar batas waktu menurut perhitungan</p>
      <p>{warning}</p>
    </div>
  );
}
