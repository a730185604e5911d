import { DEADLINE_RULES, type DeadlineRule } from "@/lib/domain/calendar";
import { ATASAN_ORDER_DEADLINE_NOTE, isAtasanOrderRule } from "@/lib/domain/follow-up";
import { formatDateId } from "@/lib/domain/format-date";
import { describeStanding, type DeadlineStanding } from "@/lib/domain/request-facts";
import { DeadlineBadge } from "./deadline-badge";

type Props = {
  standing: DeadlineStanding | null;
  dueDate: string | null;
  dueRule: string | null;
  extendedAt: string | null;
  extensionReason: string | null;
  completionDueDate: string | null;
  completionStanding: DeadlineStanding | null;
  awaitingCompletion: boolean;
};

/** The running legal deadline (UU 14/2008 Pasal 22(7)-(8)) and, while incomplete, the completion period. */
export function CaseDeadline(p: Props) {
  const rule = p.dueRule && p.dueRule in DEADLINE_RULES ? DEADLINE_RULES[p.dueRule as DeadlineRule] : null;
  const order = isAtasanOrderRule(p.dueRule);
  return (
    <section aria-labelledby="tenggat" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="tenggat" className="text-lg font-semibold">Batas waktu</h2>
      {p.standing ? (
        <div className="mt-2">
          <p className="text-lg">
            {order ? "Perintah Atasan PPID dilaksanakan paling lambat" : "Pemberitahuan tertulis paling lambat"}{" "}
            <strong>{formatDateId(p.standing.dueDate)}</strong>
          </p>
          {p.standing.provisional && <p className="mt-1 text-sm font-medium text-amber-900">Tanggal {p.standing.provisional}.</p>}
          {/* The days left are said once, in the badge. */}
          <p className="mt-1"><DeadlineBadge standing={p.standing} /></p>
          {order && <p className="mt-1 text-sm text-slate-700">{ATASAN_ORDER_DEADLINE_NOTE}</p>}
          {rule && <p className="mt-1 text-sm text-slate-700">{rule.label}: {rule.workingDays} hari kerja sejak {rule.startLabel} ({rule.article}).</p>}
        </div>
      ) : (
        <p className="mt-2 text-slate-700">
          Tidak ada batas waktu yang berjalan.{p.dueDate ? ` Batas waktu jawaban adalah ${formatDateId(p.dueDate)}.` : ""}
        </p>
      )}
      {p.extendedAt && (
        <p className="mt-2 text-sm">Waktu jawaban sudah diperpanjang pada {formatDateId(p.extendedAt)}. Alasan: {p.extensionReason}</p>
      )}
      {p.awaitingCompletion && p.completionDueDate && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm">
          Pemohon diminta melengkapi persyaratan paling lambat <strong>{formatDateId(p.completionDueDate)}</strong>
          {p.completionStanding ? ` (${describeStanding(p.completionStanding).toLowerCase()})` : ""}; jika tidak, permohonan batal otomatis.
        </p>
      )}
    </section>
  );
}
