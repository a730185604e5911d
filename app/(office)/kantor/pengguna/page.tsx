import type { Metadata } from "next";
import { OfficeFrame } from "@/components/layout/office-frame";
import { PageTitle } from "@/components/ui/page-title";
import { CreateStaffForm } from "@/components/users/create-staff-form";
import { ToggleUserForm } from "@/components/users/toggle-user-form";
import { ROLE_LABELS, STAFF_ROLES, type Role } from "@/lib/domain/roles";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { listActiveUnitChoices } from "@/lib/server/queries/units";
import { listUserAccounts } from "@/lib/server/queries/users";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage() {
  const user = await requirePermission("users.manage", "/kantor/pengguna");
  const [users, units] = await Promise.all([listUserAccounts(), listActiveUnitChoices()]);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Akun petugas dibuat oleh administrator. Pemohon mendaftar sendiri.">Pengguna</PageTitle>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Daftar pengguna</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">Nama</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Peran</th>
              <th scope="col" className="px-3 py-2">Unit</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Tindakan</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role as Role]}</td>
                <td className="px-3 py-2">{u.unitName ?? "—"}</td>
                <td className="px-3 py-2">{u.disabled ? "Nonaktif" : "Aktif"}</td>
                <td className="px-3 py-2">{u.id !== user.id && <ToggleUserForm userId={u.id} disabled={u.disabled} name={u.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mb-3 mt-8 text-xl font-semibold">Buat akun petugas</h2>
      <CreateStaffForm
        roles={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        units={units.map((u) => ({ value: u.id, label: u.name }))}
      />
    </OfficeFrame>
  );
}
