import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import { OBJECTION_GROUND_LABELS, REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import { GROUND_LETTERS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import { fromDbDate } from "@/lib/domain/db-date";

type Objection = {
  grounds: string[];
  casePosition: string;
  purpose: string;
  proxyName: string | null;
  proxyAddress: string | null;
  windowWarning?: string | null;
  settledGrounds?: string[];
  channel: string;
  submittedAt: Date;
  receivedDate: Date;
  consultationNote: string | null;
  answerDate: Date | null;
  answerReasons: string | null;
  atasanName: string | null;
  atasanPosition: string | null;
  orderPeriodDays: number | null;
};

/** The objection as filed (the form of Perki 1/2021) and, once given, the Atasan's answer. */
export function ObjectionDetails({ o, timeZone }: { o: Objection; timeZone: string }) {
  return (
    <dl className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
      {o.windowWarning && (
        <div className="border-l-4 border-amber-600 bg-amber-50 px-3 py-2 sm:col-span-2">
          <dt className="font-medium text-amber-900">Diajukan di luar batas waktu menurut perhitungan</dt>
          <dd className="text-amber-900">{o.windowWarning}</dd>
        </div>
      )}
      <div className="sm:col-span-2">
        <dt className="text-sm text-slate-700">Alasan keberatan (Pasal 35 ayat (1))</dt>
        <dd>
          <ul>
            {(o.grounds as ObjectionGround[]).map((g) => (
              <li key={g}>
                {GROUND_LETTERS[g]}. {OBJECTION_GROUND_LABELS[g]}
                {o.settledGrounds?.includes(g) ? " — selesai secara musyawarah" : ""}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Kasus posisi</dt><dd className="whitespace-pre-line">{o.casePosition}</dd></div>
      <div><dt className="text-sm text-slate-700">Tujuan penggunaan informasi</dt><dd>{o.purpose}</dd></div>
      <div><dt className="text-sm text-slate-700">Kuasa pemohon</dt><dd>{o.proxyName ? `${o.proxyName}, ${o.proxyAddress ?? "-"}` : "Tidak ada"}</dd></div>
      <div><dt className="text-sm text-slate-700">Diajukan</dt><dd>{formatInstantId(o.submittedAt, timeZone)} ({REQUEST_CHANNEL_LABELS[o.channel as RequestChannel] ?? o.channel})</dd></div>
      <div><dt className="text-sm text-slate-700">Tanggal diterima</dt><dd>{formatDateId(fromDbDate(o.receivedDate))}</dd></div>
      {o.consultationNote && (
        <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Pendapat Tim Pertimbangan</dt><dd className="whitespace-pre-line">{o.consultationNote}</dd></div>
      )}
      {o.answerDate && (
        <>
          <div><dt className="text-sm text-slate-700">Tanggal tanggapan</dt><dd>{formatDateId(fromDbDate(o.answerDate))}</dd></div>
          <div><dt className="text-sm text-slate-700">Atasan PPID</dt><dd>{o.atasanName}, {o.atasanPosition}</dd></div>
          <div className="sm:col-span-2"><dt className="text-sm text-slate-700">Pertimbangan</dt><dd className="whitespace-pre-line">{o.answerReasons ?? "-"}</dd></div>
          {o.orderPeriodDays !== null && <div><dt className="text-sm text-slate-700">Jangka waktu perintah</dt><dd>{o.orderPeriodDays} hari kerja</dd></div>}
        </>
      )}
    </dl>
  );
}
