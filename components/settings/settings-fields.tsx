import { FormField, Select, TextArea } from "@/components/ui/form-field";
import type { OfficeSettings } from "@/lib/view-types/office";

const DAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
type Errors = Record<string, string> | undefined;

export function IdentityFields({ office, e, zones }: { office: OfficeSettings; e: Errors; zones: { value: string; label: string }[] }) {
  return (
    <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">Identitas dan kontak</legend>
      <div className="grid gap-x-4 md:grid-cols-2">
        <FormField name="name" label="Nama PPID" required defaultValue={office.name} error={e?.name} />
        <FormField name="shortName" label="Nama singkat" required defaultValue={office.shortName} error={e?.shortName} />
        <FormField name="bodyName" label="Nama badan publik" required defaultValue={office.bodyName} error={e?.bodyName} />
        <FormField name="officeCode" label="Kode kantor (untuk penomoran)" required hint="Berlaku untuk nomor baru; nomor lama tidak berubah." defaultValue={office.officeCode} error={e?.officeCode} />
        <FormField name="address" label="Alamat" required defaultValue={office.address} error={e?.address} />
        <FormField name="city" label="Kota/kabupaten" required defaultValue={office.city} error={e?.city} />
        <FormField name="province" label="Provinsi" required defaultValue={office.province} error={e?.province} />
        <FormField name="phone" label="Telepon" required defaultValue={office.phone} error={e?.phone} />
        <FormField name="email" label="Email" type="email" required defaultValue={office.email} error={e?.email} />
        <FormField name="website" label="Situs web" defaultValue={office.website ?? ""} error={e?.website} />
        <FormField name="mapUrl" label="Tautan peta lokasi" defaultValue={office.mapUrl ?? ""} error={e?.mapUrl} />
        <FormField name="komisiInformasi" label="Komisi Informasi tujuan sengketa" required defaultValue={office.komisiInformasi} error={e?.komisiInformasi} />
        <Select name="timeZone" label="Zona waktu kantor" required options={zones} defaultValue={office.timeZone} error={e?.timeZone} />
        <FormField name="requirementsCompletionDays" label="Jangka waktu melengkapi persyaratan (hari kerja)" type="number" required defaultValue={String(office.requirementsCompletionDays)} error={e?.requirementsCompletionDays} />
      </div>
    </fieldset>
  );
}

export function HoursFields({ office, e }: { office: OfficeSettings; e: Errors }) {
  return (
    <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">Jam layanan</legend>
      <p className="mb-3 text-sm text-slate-700">Permohonan yang masuk setelah jam tutup dihitung diterima pada hari kerja berikutnya.</p>
      <table className="text-sm">
        <caption className="sr-only">Jam buka dan tutup per hari</caption>
        <thead><tr><th scope="col" className="pr-4 text-left">Hari</th><th scope="col" className="pr-4 text-left">Buka</th><th scope="col" className="pr-4 text-left">Tutup</th><th scope="col" className="text-left">Libur</th></tr></thead>
        <tbody>
          {DAY_NAMES.map((day, i) => {
            const d = i + 1;
            const h = office.serviceHours[d as 1];
            return (
              <tr key={day}>
                <th scope="row" className="pr-4 text-left font-medium">{day}</th>
                <td className="pr-4"><input aria-label={`Jam buka ${day}`} name={`open${d}`} type="time" defaultValue={h?.open ?? "08:00"} className="rounded border border-slate-400 px-2 py-1" /></td>
                <td className="pr-4"><input aria-label={`Jam tutup ${day}`} name={`close${d}`} type="time" defaultValue={h?.close ?? "16:00"} className="rounded border border-slate-400 px-2 py-1" /></td>
                <td><input aria-label={`${day} tutup`} name={`closed${d}`} type="checkbox" defaultChecked={!h} /></td>
                {e?.[`open${d}`] && <td className="pl-3 text-red-700" role="alert">{e[`open${d}`]}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

export function ProfileFields({ office, e }: { office: OfficeSettings; e: Errors }) {
  const p = office.profile;
  const l = office.letterhead;
  return (
    <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">Profil publik dan kop surat</legend>
      <TextArea name="about" required label="Profil singkat" defaultValue={p.about} error={e?.about} />
      <TextArea name="vision" required label="Visi" defaultValue={p.vision} error={e?.vision} rows={2} />
      <TextArea name="duties" required label="Tugas" hint="Satu tugas per baris." defaultValue={p.duties.join("\n")} error={e?.duties} />
      <TextArea name="authorities" required label="Wewenang" hint="Satu wewenang per baris." defaultValue={p.authorities.join("\n")} error={e?.authorities} />
      <TextArea name="serviceStandard" required label="Maklumat dan standar layanan" defaultValue={p.serviceStandard} error={e?.serviceStandard} />
      <TextArea name="serviceCost" required label="Biaya layanan" defaultValue={p.serviceCost} error={e?.serviceCost} rows={2} />
      <TextArea name="channels" required label="Saluran layanan" hint="Satu saluran per baris." defaultValue={p.channels.join("\n")} error={e?.channels} rows={3} />
      <TextArea name="letterheadLines" required label="Kop surat" hint="Satu baris kop per baris." defaultValue={l.lines.join("\n")} error={e?.letterheadLines} rows={3} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <FormField name="signerTitle" label="Jabatan penanda tangan surat" required defaultValue={l.signerTitle} error={e?.signerTitle} />
        <FormField name="signerName" label="Nama penanda tangan surat" required defaultValue={l.signerName} error={e?.signerName} />
      </div>
    </fieldset>
  );
}
