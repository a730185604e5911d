import Link from "next/link";
import { formatServiceHours } from "@/components/layout/format-service-hours";
import type { OfficeSettings } from "@/lib/view-types/office";

// Links without prefetch, as in the header (site-header.tsx).
export function SiteFooter({ office }: { office: OfficeSettings }) {
  return (
    <footer className="mt-12 bg-slate-900 text-slate-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-3">
        <section aria-labelledby="footer-kontak">
          <h2 id="footer-kontak" className="font-semibold">Kontak</h2>
          <address className="mt-2 not-italic text-sm leading-relaxed">
            {office.name}
            <br />
            {office.address}, {office.city}, {office.province}
            <br />
            Telepon: {office.phone}
            <br />
            Email: <a className="underline" href={`mailto:${office.email}`}>{office.email}</a>
          </address>
        </section>
        <section aria-labelledby="footer-jam">
          <h2 id="footer-jam" className="font-semibold">Jam layanan</h2>
          <ul className="mt-2 text-sm leading-relaxed">
            {formatServiceHours(office.serviceHours, office.timeZone).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-tautan">
          <h2 id="footer-tautan" className="font-semibold">Tautan</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li><Link className="underline" prefetch={false} href="/prosedur">Prosedur layanan</Link></li>
            <li><Link className="underline" prefetch={false} href="/kalkulator-hari-kerja">Kalkulator Hari Kerja</Link></li>
            <li><Link className="underline" prefetch={false} href="/informasi-publik">Daftar Informasi Publik</Link></li>
            <li><Link className="underline" prefetch={false} href="/survei">Survei Kepuasan Masyarakat</Link></li>
            <li><Link className="underline" prefetch={false} href="/pengaduan">Pengaduan</Link></li>
            <li><Link className="underline" prefetch={false} href="/pengaduan/lacak">Lacak Pengaduan</Link></li>
            <li><Link className="underline" prefetch={false} href="/survei/hasil">Hasil Survei Kepuasan</Link></li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
