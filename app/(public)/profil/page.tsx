import type { Metadata } from "next";
import { PublicComplianceSummaryView } from "@/components/dip-compliance/public-compliance-summary";
import { PageTitle } from "@/components/ui/page-title";
import { formatServiceHours } from "@/components/layout/format-service-hours";
import { getPublicComplianceSummary } from "@/lib/server/queries/dip-compliance";
import { getOffice } from "@/lib/server/queries/office";
import { listActiveUnits } from "@/lib/server/queries/units-public";

export const metadata: Metadata = { title: "Profil PPID" };

export default async function ProfilePage() {
  const [office, units, compliance] = await Promise.all([
    getOffice(),
    listActiveUnits(),
    getPublicComplianceSummary(),
  ]);
  const p = office.profile;
  return (
    <article className="prose-ppid max-w-3xl">
      <PageTitle lead={p.vision}>Profil {office.shortName}</PageTitle>
      <p>{p.about}</p>
      <h2>Tugas</h2>
      <ul>{p.duties.map((d) => <li key={d}>{d}</li>)}</ul>
      <h2>Wewenang</h2>
      <ul>{p.authorities.map((d) => <li key={d}>{d}</li>)}</ul>
      <h2>Struktur organisasi</h2>
      <ul>
        {units.map((u) => (
          <li key={u.id}>
            <strong>{u.kind === "PPID_UTAMA" ? "PPID Utama" : "PPID Pelaksana"}</strong>: {u.name}
            {u.head ? ` (${u.head})` : ""}
          </li>
        ))}
      </ul>
      <h2>Maklumat dan standar layanan</h2>
      <p>{p.serviceStandard}</p>
      <p>{p.serviceCost}</p>
      <p>Saluran layanan: {p.channels.join(", ")}.</p>
      <PublicComplianceSummaryView data={compliance} />
      <h2>Jam layanan</h2>
      <ul>{formatServiceHours(office.serviceHours, office.timeZone).map((l) => <li key={l}>{l}</li>)}</ul>
      <h2>Kontak</h2>
      <p>
        {office.address}, {office.city}, {office.province}. Telepon {office.phone}. Email{" "}
        <a className="underline" href={`mailto:${office.email}`}>{office.email}</a>.
        {office.mapUrl && (
          <>
            {" "}
            <a className="underline" href={office.mapUrl} rel="noopener noreferrer">Lihat lokasi di peta</a>.
          </>
        )}
      </p>
    </article>
  );
}
