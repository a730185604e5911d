import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { RegisterFilters } from "@/components/objections/register-filters";
import { PageTitle } from "@/components/ui/page-title";
import { formatDateId } from "@/lib/domain/format-date";
import { can, caseScopeFor } from "@/lib/domain/permissions";
import { objectionQueryString, parseObjectionRegisterQuery } from "@/lib/schemas/objection-register-query";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Register keberatan" };

const TH = "px-2 py-2 align-bottom";
const TD = "px-2 py-2 align-top";
const date = (d: string | null) => (d ? formatDateId(d) : "—");

export default async function ObjectionRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("office.access", "/kantor/keberatan");
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  if (caseScopeFor(actor).kind === "none") redirect("/terlarang");
  const query = parseObjectionRegisterQuery(await searchParams);
  const { rows } = await listObjectionRegister(actor, query, new Date());
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 4 }, (_, i) => thisYear - i);
  const qs = objectionQueryString(query);
  return (
    <OfficeFrame user={user}>
      <PageTitle lead="Register keberatan (UU 14/2008 Pasal 35–36; Perki 1/2021). Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan diterima.">
        Register keberatan
      </PageTitle>
      <p className="mb-4 flex flex-wrap gap-4">
        {can(user.role, "objection.file_on_behalf") && <Link href="/kantor/keberatan/baru" className="text-brand-700 underline">Catat keberatan dari meja layanan</Link>}
        {can(user.role, "request.export") && (
          <>
            <a href={`/api/kantor/keberatan/ekspor?format=xlsx${qs ? `&${qs}` : ""}`} className="text-brand-700 underline">Unduh XLSX</a>
            <a href={`/api/kantor/keberatan/ekspor?format=csv${qs ? `&${qs}` : ""}`} className="text-brand-700 underline">Unduh CSV</a>
          </>
        )}
      </p>
      <RegisterFilters query={query} years={years} />
      <p className="mb-2 text-sm" role="status">{rows.length} keberatan.</p>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Register keberatan</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={TH}>Nomor keberatan</th>
              <th scope="col" className={TH}>Tanggal</th>
              <th scope="col" className={TH}>Pemohon / kuasa</th>
              <th scope="col" className={TH}>Nomor permohonan</th>
              <th scope="col" className={TH}>Informasi yang diminta</th>
              <th scope="col" className={TH}>Tujuan</th>
              <th scope="col" className={TH}>Alasan (huruf)</th>
              <th scope="col" className={TH}>Batas waktu tanggapan</th>
              <th scope="col" className={TH}>Keputusan Atasan PPID</th>
              <th scope="col" className={TH}>Tanggal tanggapan</th>
              <th scope="col" className={TH}>Nama dan jabatan Atasan PPID</th>
              <th scope="col" className={TH}>Tanggapan pemohon</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={`border-t border-slate-200 ${r.overdue ? "bg-red-50" : ""}`}>
                <td className={TD}><Link href={`/kantor/keberatan/${r.id}`} className="font-mono text-brand-700 underline">{r.number}</Link></td>
                <td className={TD}>{date(r.receivedDate)}</td>
                <td className={TD}>{r.objector}</td>
                <td className={`${TD} font-mono`}>{r.requestNumber}</td>
                <td className={TD}>{r.informationRequested}</td>
                <td className={TD}>{r.purpose}</td>
                <td className={TD}>{r.grounds}</td>
                <td className={TD}>
                  {date(r.dueDate)}
                  {r.overdue && <span className="mt-1 block w-fit rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">Terlambat</span>}
                </td>
                <td className={TD}>{r.decision ?? `Belum ditanggapi (${r.statusLabel.toLowerCase()})`}</td>
                <td className={TD}>{date(r.answerDate)}</td>
                <td className={TD}>{r.atasan ?? "—"}</td>
                <td className={TD}>{r.response ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </OfficeFrame>
  );
}
