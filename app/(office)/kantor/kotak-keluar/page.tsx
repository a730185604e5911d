import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { ResendForm } from "@/components/outbox/resend-form";
import { PageTitle } from "@/components/ui/page-title";
import { ZOutboxQuery } from "@/lib/schemas/outbox";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { formatInstantId } from "@/lib/domain/format-instant";
import { getOffice } from "@/lib/server/queries/office";
import { loadOutbox, loadOutboxMessage, type OutboxStatusFilter } from "@/lib/server/queries/outbox";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Kotak keluar" };

const TABS: { status: OutboxStatusFilter; label: string }[] = [
  { status: "PENDING", label: "Menunggu" },
  { status: "FAILED", label: "Gagal" },
  { status: "SENT", label: "Terkirim" },
];

type Search = Record<string, string | string[] | undefined>;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("outbox.manage", "/kantor/kotak-keluar");
  const query = ZOutboxQuery.parse(await searchParams);
  const [outbox, message, office] = await Promise.all([loadOutbox(query.status), query.id ? loadOutboxMessage(query.id) : null, getOffice()]);
  const at = (d: Date) => formatInstantId(d, office.timeZone);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Semua surel yang dikirim portal: yang menunggu, yang gagal beserta penyebabnya, dan yang sudah terkirim.">Kotak keluar</PageTitle>
      {!outbox.smtpConfigured && (
        <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
          Server surel (SMTP_URL) belum diatur: tidak ada surel yang dikirim. Pesan tetap tersimpan di sini dan dapat dibaca; pesan
          akan terkirim setelah SMTP_URL diatur.
        </p>
      )}
      <nav aria-label="Status pesan" className="mb-4 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={`/kantor/kotak-keluar?status=${t.status}`}
            aria-current={t.status === query.status ? "page" : undefined}
            className={`rounded border px-3 py-1 ${t.status === query.status ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`}
          >
            {t.label} ({outbox.counts[t.status]})
          </Link>
        ))}
      </nav>
      {message && query.ulang && (
        <p role="status" className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-brand-900">
          Pesan dimasukkan kembali ke antrean dan akan segera dikirim.
        </p>
      )}
      {message && (
        <section aria-labelledby="pesan" className="mb-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="pesan" className="mb-2 text-lg font-semibold">{message.subject}</h2>
          <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt>Kepada</dt><dd className="break-all">{message.to}</dd>
            <dt>Dibuat</dt><dd>{at(message.createdAt)}</dd>
            <dt>Message-ID</dt><dd className="break-all">{message.messageId}</dd>
            {message.letterNumber && (<><dt>Lampiran</dt><dd>Surat {message.letterNumber} (PDF)</dd></>)}
            {message.lastError && (<><dt>Kesalahan</dt><dd className="text-red-700">{message.lastError}</dd></>)}
          </dl>
          <pre className="whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">{message.text}</pre>
        </section>
      )}
      {outbox.rows.length === 0 ? (
        <p>Tidak ada pesan.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {outbox.rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 p-3">
              <div className="min-w-0">
                <Link href={`/kantor/kotak-keluar?status=${query.status}&id=${r.id}`} className="font-semibold text-brand-800 underline break-words">
                  {r.subject}
                </Link>
                <p className="text-sm break-all">Kepada {r.to}{r.hasAttachment ? " · dengan lampiran PDF" : ""}</p>
                <p className="text-sm text-slate-700">
                  {r.status === "SENT" && r.sentAt ? `Terkirim ${at(r.sentAt)}` : `Dibuat ${at(r.createdAt)} · percobaan ${r.attempts}`}
                  {r.status === "PENDING" && r.attempts > 0 ? ` · dicoba lagi ${at(r.nextAttemptAt)}` : ""}
                </p>
                {r.lastError && <p className="text-sm text-red-700 break-words">Kesalahan: {r.lastError}</p>}
              </div>
              {r.status !== "PENDING" && <ResendForm id={r.id} subject={r.subject} />}
            </li>
          ))}
        </ul>
      )}
      {outbox.limited && <p className="mt-2 text-sm">Hanya 100 pesan ditampilkan.</p>}
    </OfficeFrame>
  );
}
