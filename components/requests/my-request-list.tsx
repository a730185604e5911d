import Link from "next/link";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { numberToSlug } from "@/lib/domain/request-intake";
import type { MyRequestItem } from "@/lib/view-types/requests";

function statusOf(r: MyRequestItem): string {
  const status = REQUEST_STATUS_LABELS[r.status as keyof typeof REQUEST_STATUS_LABELS] ?? r.status;
  return r.outcome ? `${status} — ${REQUEST_OUTCOME_LABELS[r.outcome as keyof typeof REQUEST_OUTCOME_LABELS] ?? r.outcome}` : status;
}

const due = (r: MyRequestItem) => (r.dueDate ? formatDateId(r.dueDate) : "—");

/**
 * The citizen's own requests: a table from 640 px, and on a phone one card per request, so that
 * Status and Batas waktu are always in view (a table would push them off a 360 px screen).
 */
export function MyRequestList({ requests }: { requests: readonly MyRequestItem[] }) {
  return (
    <>
      <ul aria-label="Daftar permohonan informasi Anda" className="space-y-3 sm:hidden">
        {requests.map((r) => (
          <li key={r.number} className="rounded border border-slate-200 bg-white p-3">
            <Link href={`/akun/permohonan/${numberToSlug(r.number)}`} className="font-mono font-semibold text-brand-700 underline">
              {r.number}
            </Link>
            <p className="mt-1 break-words">{r.informationRequested}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-700">Status</dt>
              <dd className="font-medium">{statusOf(r)}</dd>
              <dt className="text-slate-700">Batas waktu</dt>
              <dd>{due(r)}</dd>
              <dt className="text-slate-700">Diterima</dt>
              <dd>{formatDateId(r.receivedDate)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden rounded border border-slate-200 bg-white sm:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Daftar permohonan informasi Anda</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">Nomor</th>
              <th scope="col" className="px-3 py-2">Diterima</th>
              <th scope="col" className="px-3 py-2">Informasi yang diminta</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Batas waktu</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.number} className="border-t border-slate-200">
                <td className="px-3 py-2 font-mono">
                  <Link href={`/akun/permohonan/${numberToSlug(r.number)}`} className="text-brand-700 underline">
                    {r.number}
                  </Link>
                </td>
                <td className="px-3 py-2">{formatDateId(r.receivedDate)}</td>
                <td className="break-words px-3 py-2">{r.informationRequested}</td>
                <td className="px-3 py-2">{statusOf(r)}</td>
                <td className="px-3 py-2">{due(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
