"use client";

/** Opens the browser's print dialog; the print stylesheet (app/globals.css) leaves only the content. */
export function PrintButton({ label = "Cetak" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="print-hidden rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
