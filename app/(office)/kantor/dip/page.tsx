import type { Metadata } from "next";
import Link from "next/link";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { DIP_CATEGORY_NAMES } from "@/lib/domain/dip-labels";
import { DIP_CATEGORIES, DIP_STATUS_LABELS, DIP_STATUSES, isDipStatus, type DipCategory, type DipStatus } from "@/lib/domain/dip-workflow";
import { can } from "@/lib/domain/permissions";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { countOfficeDipByStatus, listOfficeDipEntries } from "@/lib/server/queries/dip-office";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Informasi publik (DIP)" };

type Search = { status?: string; kategori?: string; q?: string };

const selectCls = "mt-1 rounded border border-slate-400 bg-white px-3 py-2";

export default async function OfficeDipListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("dip.view_drafts", "/kantor/dip");
  const { status, kategori, q } = await searchParams;
  const [entries, counts] = await Promise.all([
    listOfficeDipEntries(user, { status, category: kategori, q }),
    countOfficeDipByStatus(user),
  ]);
  const reviewer = can(user.role, "dip.publish");
  const waiting = status === "SUBMITTED";
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle
        lead={
          reviewer
            ? "Usulan entri dari PPID Pelaksana disahkan di sini sebelum tampil di Daftar Informasi Publik (Permendagri 3/2017)."
            : `Entri unit ${user.unitName ?? "Anda"}: susun draf, unggah dokumen, lalu ajukan kepada PPID Utama untuk disahkan.`
        }
      >
        {waiting ? "Usulan menunggu persetujuan" : "Informasi publik (DIP)"}
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        {can(user.role, "dip.propose") && (
          <Link href="/kantor/dip/baru" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Tambah entri
          </Link>
        )}
        <Link href="/kantor/dip?status=SUBMITTED" aria-current={waiting ? "page" : undefined} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Usulan menunggu persetujuan ({counts.SUBMITTED})
        </Link>
        {status && (
          <Link href="/kantor/dip" className="underline">
            Tampilkan semua
          </Link>
        )}
      </div>
      <form method="get" role="search" aria-label="Saring entri" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="block font-medium">Status</label>
          <select id="status" name="status" defaultValue={isDipStatus(status) ? status : ""} className={selectCls}>
            <option value="">Semua status</option>
            {DIP_STATUSES.map((s) => (
              <option key={s} value={s}>{DIP_STATUS_LABELS[s]} ({counts[s]})</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kategori" className="block font-medium">Kategori</label>
          <select id="kategori" name="kategori" defaultValue={kategori ?? ""} className={selectCls}>
            <option value="">Semua kategori</option>
            {DIP_CATEGORIES.map((c) => (
              <option key={c} value={c}>{DIP_CATEGORY_NAMES[c]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block font-medium">Judul atau nomor</label>
          <input id="q" name="q" type="search" defaultValue={q} className={selectCls} />
        </div>
        <button type="submit" className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold hover:bg-slate-100">Saring</button>
      </form>
      {entries.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Tidak ada entri yang sesuai.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Entri Daftar Informasi Publik</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Nomor</th>
                <th scope="col" className="px-3 py-2">Judul</th>
                <th scope="col" className="px-3 py-2">Kategori</th>
                <th scope="col" className="px-3 py-2">Unit</th>
                <th scope="col" className="px-3 py-2">Tahun</th>
                <th scope="col" className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-t border-slate-200">
                  <td className="whitespace-nowrap px-3 py-2">{e.number}</td>
                  <td className="px-3 py-2">
                    <Link href={`/kantor/dip/${e.id}`} className="text-brand-800 underline">{e.title}</Link>
                  </td>
                  <td className="px-3 py-2">{DIP_CATEGORY_NAMES[e.category as DipCategory]}</td>
                  <td className="px-3 py-2">{e.unit.name}</td>
                  <td className="px-3 py-2">{e.year}</td>
                  <td className="px-3 py-2">{DIP_STATUS_LABELS[e.status as DipStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficeFrame>
  );
}
