import Link from "next/link";

/**
 * "Ajukan keberatan" for a request: the requester's form (/akun/keberatan/ajukan) or, for the
 * desk, the form on behalf (/kantor/keberatan/baru). Mount on the citizen's request page and the
 * office case page; the form itself offers only the grounds available now.
 */
export function ObjectLink({ requestNumber, onBehalf = false }: { requestNumber: string; onBehalf?: boolean }) {
  const href = onBehalf
    ? `/kantor/keberatan/baru?permohonan=${encodeURIComponent(requestNumber)}`
    : `/akun/keberatan/ajukan?permohonan=${encodeURIComponent(requestNumber)}`;
  return (
    <Link href={href} className="inline-block rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
      {onBehalf ? "Catat keberatan atas permohonan ini" : "Ajukan keberatan"}
    </Link>
  );
}
