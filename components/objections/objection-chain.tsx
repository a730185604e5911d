import Link from "next/link";
import { LetterList } from "@/components/objections/letter-list";
import type { DisputeOutcome, DisputeStatus } from "@/lib/domain/dispute-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { DISPUTE_OUTCOME_LABELS, DISPUTE_STATUS_LABELS, OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import type { ObjectionOutcome, ObjectionStatus } from "@/lib/domain/objection-workflow";
import { numberToSlug } from "@/lib/domain/request-intake";
import type { ChainObjection } from "@/lib/view-types/objections";

type Props = {
  objections: ChainObjection[];
  /** Link each objection to the requester's own page (/akun/keberatan/...). */
  linkToAccount?: boolean;
  komisi: string;
};

const date = (d: string | null) => (d ? formatDateId(d) : "—");

/**
 * The chain request → objection → dispute with every deadline (UU 14/2008 Pasal 35-37). Mount it
 * below a request on the tracking page or on the requester's request page.
 */
export function ObjectionChain({ objections, linkToAccount, komisi }: Props) {
  if (objections.length === 0) return null;
  return (
    <ol className="space-y-4">
      {objections.map((o) => (
        <li key={o.number} className="rounded border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">
            Keberatan{" "}
            {linkToAccount ? <Link href={`/akun/keberatan/${numberToSlug(o.number)}`} className="text-brand-700 underline">{o.number}</Link> : o.number}
          </h3>
          <dl className="mt-2 grid gap-2 sm:grid-cols-2">
            <div><dt className="text-sm text-slate-700">Status</dt><dd>{OBJECTION_STATUS_LABELS[o.status as ObjectionStatus]}{o.outcome ? ` — ${OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome]}` : ""}</dd></div>
            <div><dt className="text-sm text-slate-700">Diterima</dt><dd>{date(o.receivedDate)}</dd></div>
            <div><dt className="text-sm text-slate-700">Batas waktu tanggapan Atasan PPID</dt><dd>{date(o.dueDate)}</dd></div>
            <div><dt className="text-sm text-slate-700">Tanggal tanggapan</dt><dd>{o.answerDate ? date(o.answerDate) : "Belum ditanggapi"}</dd></div>
            {o.disputeFilingDeadline && (
              <div className="sm:col-span-2">
                <dt className="text-sm text-slate-700">Batas waktu pengajuan sengketa ke {komisi}</dt>
                <dd>
                  {o.answerDate && !o.answerReceivedOn
                    ? `14 hari kerja sejak tanggapan diterima (bila diterima pada hari tanggapan: ${date(o.disputeFilingDeadline)})`
                    : `${date(o.disputeFilingDeadline)}${o.answerDate ? "" : " (bila Atasan PPID tidak menanggapi)"}`}
                </dd>
              </div>
            )}
          </dl>
          {o.tasks.length > 0 && (
            <ul className="mt-2 text-sm">
              {o.tasks.map((t, i) => (
                <li key={i}>Perintah kepada PPID: {t.description} — paling lambat {date(t.dueDate)} ({t.done ? "sudah dilaksanakan" : "belum dilaksanakan"}).</li>
              ))}
            </ul>
          )}
          <div className="mt-2"><LetterList letters={o.letters} /></div>
          {o.disputes.map((d, i) => (
            <div key={i} className="mt-3 border-l-4 border-brand-700 pl-3">
              <p className="font-semibold">Sengketa informasi di {d.commission}</p>
              <p className="text-sm">
                Diajukan {date(d.filedOn)}{d.registerNumber ? `, nomor register ${d.registerNumber}` : ""} · {DISPUTE_STATUS_LABELS[d.status as DisputeStatus]}
                {d.outcome ? ` — ${DISPUTE_OUTCOME_LABELS[d.outcome as DisputeOutcome]}` : ""}
              </p>
              {d.courts.map((c, j) => (
                <p key={j} className="mt-1 text-sm">
                  <span className="font-semibold">{c.courtName}</span>
                  {c.registerNumber ? `, perkara nomor ${c.registerNumber}` : ""} · diajukan {date(c.filedOn)} ·{" "}
                  {c.rulingDate ? `diputus ${date(c.rulingDate)}${c.rulingText ? `: ${c.rulingText}` : ""}` : "belum diputus"}
                </p>
              ))}
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
