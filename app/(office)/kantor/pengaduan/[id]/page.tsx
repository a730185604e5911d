import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComplaintSteps } from "@/components/complaints/complaint-steps";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getComplaintDetail, listComplaintAssignees } from "@/lib/server/queries/complaints";
import { getOffice } from "@/lib/server/queries/office";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Pengaduan" };

export default async function ComplaintDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("complaint.manage", `/kantor/pengaduan/${encodeURIComponent(id)}`);
  const [c, assignees, office] = await Promise.all([getComplaintDetail(user, id), listComplaintAssignees(), getOffice()]);
  if (!c) notFound();
  const rows: [string, string | null][] = [
    ["Status", c.statusLabel],
    ["Jenis", c.category],
    ["Diterima", formatDateId(c.submittedOn)],
    ["Yang diadukan", c.officialConcerned],
    ["Unit", c.unitName],
    ["Tanggal kejadian", c.incidentDate ? formatDateId(c.incidentDate) : null],
    ["Nama pelapor", c.name ?? "Tanpa identitas"],
    ["Kontak", c.contact],
    ["Surel", c.email],
    ["Petugas", c.assignee],
  ];
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <p className="mb-2"><Link href="/kantor/pengaduan" className="text-brand-700 underline">← Register pengaduan</Link></p>
      <PageTitle>Pengaduan {c.number}</PageTitle>
      {c.anonymous && <p className="mb-4 rounded border-l-4 border-accent-600 bg-white px-4 py-2">Pengaduan tanpa identitas dan kontak: tidak ada umpan balik pribadi; jawaban hanya tampil di halaman pelacakan.</p>}
      <dl className="mb-4 grid gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows.filter(([, value]) => value).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-lg font-semibold">Uraian kejadian</h2>
      <p className="mb-4 whitespace-pre-line rounded border border-slate-200 bg-white p-4">{c.description}</p>
      {c.evidence.length > 0 && (
        <>
          <h2 className="mb-2 text-lg font-semibold">Bukti</h2>
          <ul className="mb-4 list-disc pl-6">
            {c.evidence.map((f) => <li key={f.id}><a className="text-brand-700 underline" href={`/api/dokumen/${f.id}`}>{f.fileName}</a></li>)}
          </ul>
        </>
      )}
      <h2 className="mb-2 text-lg font-semibold">Riwayat tindak lanjut</h2>
      {c.notes.length === 0 ? <p className="mb-4">Belum ada catatan.</p> : (
        <ol className="mb-4 space-y-2">
          {c.notes.map((n) => (
            <li key={n.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="whitespace-pre-line">{n.text}</p>
              <p className="mt-1 text-xs text-slate-600">{formatInstantId(new Date(n.at), office.timeZone)}{n.author ? ` · ${n.author}` : ""}</p>
            </li>
          ))}
        </ol>
      )}
      {c.status === "CLOSED" ? (
        <>
          <h2 className="mb-2 text-lg font-semibold">Jawaban penutup{c.closedOn ? ` (${formatDateId(c.closedOn)})` : ""}</h2>
          <p className="whitespace-pre-line rounded border border-slate-200 bg-white p-4">{c.closingAnswer}</p>
        </>
      ) : (
        <ComplaintSteps complaintId={c.id} assigneeId={c.assigneeId} assignees={assignees.map((a) => ({ id: a.id, label: `${a.name} (${ROLE_LABELS[a.role as Role]})` }))} />
      )}
    </OfficeFrame>
  );
}
