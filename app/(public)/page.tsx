import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { formatServiceHours } from "@/components/layout/format-service-hours";
import { getOffice } from "@/lib/server/queries/office";
import { getPublicStats } from "@/lib/server/queries/public-stats";
import { SertaMertaBanner } from "@/components/dip/serta-merta-banner";
import { listPublicSertaMerta } from "@/lib/server/queries/serta-merta";

export default async function HomePage() {
  // UU 14/2008 Pasal 10: serta-merta information comes first, published within the last 30 days.
  const [office, stats, sertaMerta] = await Promise.all([getOffice(), getPublicStats(), listPublicSertaMerta(true, 3)]);
  return (
    <>
      {sertaMerta.length > 0 && <SertaMertaBanner items={sertaMerta} timeZone={office.timeZone} />}
      <PageTitle lead={office.profile.about}>Layanan Informasi Publik {office.bodyName}</PageTitle>
      <form action="/informasi-publik" method="get" role="search" className="mb-8 flex max-w-2xl gap-2">
        <label htmlFor="cari-beranda" className="sr-only">Cari informasi publik</label>
        <input id="cari-beranda" name="q" type="search" placeholder="Cari informasi, mis. anggaran 2026" className="flex-1 rounded border border-slate-400 bg-white px-3 py-2" />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Cari</button>
      </form>
      <section aria-labelledby="pintasan" className="mb-8">
        <h2 id="pintasan" className="mb-3 text-xl font-semibold">Layanan</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {[
            { href: "/permohonan", title: "Ajukan permohonan", text: "Minta informasi yang belum tersedia di Daftar Informasi Publik." },
            { href: "/lacak", title: "Lacak permohonan", text: "Lihat status permohonan dengan nomor pendaftaran dan kode akses." },
            { href: "/keberatan", title: "Ajukan keberatan", text: "Bila permohonan ditolak, tidak dijawab, atau tidak sesuai." },
          ].map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block h-full rounded border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="block font-semibold text-brand-800">{l.title}</span>
                <span className="mt-1 block text-sm text-slate-700">{l.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="angka" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="angka" className="text-xl font-semibold">Dalam angka</h2>
          <dl className="mt-3 grid grid-cols-2 gap-3">
            {stats.map((s) => (
              <div key={s.label}>
                <dt className="text-sm text-slate-700">{s.label}</dt>
                <dd className="text-2xl font-bold text-brand-800">{s.value}</dd>
              </div>
            ))}
          </dl>
          <Link href="/statistik" className="mt-3 inline-block text-brand-700 underline">Statistik lengkap</Link>
        </section>
        <section aria-labelledby="jam" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="jam" className="text-xl font-semibold">Jam layanan dan kontak</h2>
          <ul className="mt-3">
            {formatServiceHours(office.serviceHours, office.timeZone).map((l) => <li key={l}>{l}</li>)}
          </ul>
          <p className="mt-3">{office.address}, {office.city}</p>
          <p>Telepon {office.phone} · <a href={`mailto:${office.email}`} className="underline">{office.email}</a></p>
        </section>
      </div>
    </>
  );
}
