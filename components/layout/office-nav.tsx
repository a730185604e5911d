import Link from "next/link";
import { can, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";

const ITEMS: { href: string; label: string; permission: Permission }[] = [
  { href: "/kantor", label: "Dasbor", permission: "office.access" },
  { href: "/kantor/permohonan", label: "Register permohonan", permission: "request.handle" },
  { href: "/kantor/permohonan/baru", label: "Catat permohonan", permission: "request.register_on_behalf" },
  { href: "/kantor/keberatan", label: "Register keberatan", permission: "request.view_any" },
  { href: "/kantor/sengketa", label: "Sengketa", permission: "request.view_any" },
  { href: "/kantor/kalender", label: "Kalender hari kerja", permission: "calendar.manage" },
  { href: "/kantor/pengguna", label: "Pengguna", permission: "users.manage" },
  { href: "/kantor/pengaturan", label: "Pengaturan kantor", permission: "settings.manage" },
  { href: "/kantor/dip", label: "Informasi publik (DIP)", permission: "dip.view_drafts" },
  { href: "/kantor/dip/kepatuhan", label: "Kesiapan DIP", permission: "dip.compliance_view" },
  { href: "/kantor/uji-konsekuensi", label: "Uji konsekuensi", permission: "consequence_test.manage" },
  { href: "/kantor/survei", label: "Survei kepuasan", permission: "survey.view" },
  { href: "/kantor/kotak-keluar", label: "Kotak keluar", permission: "outbox.manage" },
  { href: "/kantor/profil", label: "Profil dan surel", permission: "office.access" },
  { href: "/kantor/pengaduan", label: "Register pengaduan", permission: "complaint.manage" },
  // No role holds both report permissions, so the link shows once.
  { href: "/kantor/laporan", label: "Laporan layanan", permission: "reports.view" },
  { href: "/kantor/laporan", label: "Laporan layanan", permission: "reports.view_unit" },
];

type Tasks = { total: number; overdue: number };

/**
 * Only the sections the role may open (the same permission table the pages enforce). On a phone
 * the menu folds into a <details> like the public menu (no JavaScript needed), its summary still
 * showing the tasks waiting; from 768 px it is the open side list.
 */
export function OfficeNav({ role, tasks }: { role: Role; tasks?: Tasks }) {
  const items = ITEMS.filter((i) => can(role, i.permission));
  return (
    <nav aria-label="Menu kantor" className="mb-6 rounded border border-slate-200 bg-white p-2 md:mb-0 md:w-56 md:shrink-0">
      {/* The wide list comes first in the page, so text found first on a wide screen is the visible copy. */}
      <div className="hidden md:block">
        <NavList items={items} tasks={tasks} />
      </div>
      <details className="md:hidden">
        <summary className="cursor-pointer rounded px-3 py-2 font-medium">
          Menu kantor
          {tasks && tasks.total > 0 && (
            <span className="ml-2 text-sm font-normal">
              · Tugas saya {tasks.total}
              {tasks.overdue > 0 ? `, ${tasks.overdue} terlambat` : ""}
            </span>
          )}
        </summary>
        <NavList items={items} tasks={tasks} />
      </details>
    </nav>
  );
}

function NavList({ items, tasks }: { items: typeof ITEMS; tasks?: Tasks }) {
  return (
    <ul className="flex flex-col gap-1">
      {tasks && tasks.total > 0 && (
        <li>
          <Link href="/kantor#tugas-saya" className="flex items-center gap-2 rounded px-3 py-2 font-semibold hover:bg-brand-50">
            Tugas saya
            <span className="rounded-full bg-brand-800 px-2 text-xs text-white">{tasks.total}</span>
            {tasks.overdue > 0 && <span className="rounded-full bg-red-700 px-2 text-xs text-white">{tasks.overdue} terlambat</span>}
          </Link>
        </li>
      )}
      {items.map((i) => (
        <li key={i.href}>
          <Link href={i.href} className="block rounded px-3 py-2 hover:bg-brand-50">
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
