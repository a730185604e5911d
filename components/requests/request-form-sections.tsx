import { RadioGroup, SelectInput, TextArea, TextInput, FileInput, type FieldRegistration } from "@/components/requests/request-fields";
import { REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  DESK_CHANNELS,
  IDENTITY_DOCUMENTS,
  OBTAIN_METHOD_LABELS,
  OBTAIN_METHODS,
  REQUESTER_TYPE_LABELS,
  REQUEST_UPLOAD_ACCEPT,
  REQUESTER_TYPES,
  type RequesterType,
} from "@/lib/domain/request-intake";
import type { TRegisterRequestFormValues } from "@/lib/schemas/request";

// The parts of the request form (UU 14/2008 Pasal 22(2)-(3); Perki 1/2021): identity, the
// information asked for, how to obtain/receive it, and — at the desk — how and when it came in.

export type FieldName = keyof TRegisterRequestFormValues & string;

export type FieldKit = {
  reg: (name: FieldName) => FieldRegistration;
  err: (name: FieldName) => string | undefined;
  dv: (name: FieldName) => string | undefined;
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

/** `type` is known once JavaScript runs; without it every hint for every kind is shown. */
export function IdentitySection({ kit, type, desk }: { kit: FieldKit; type: RequesterType | null; desk: boolean }) {
  const { reg, err, dv } = kit;
  const isEntity = type !== null && type !== "INDIVIDUAL";
  const documentLabel = type ? IDENTITY_DOCUMENTS[type].label : "Dokumen identitas";
  return (
    <section aria-labelledby="bagian-identitas" className="mb-6">
      <h2 id="bagian-identitas" className="mb-3 text-xl font-semibold">Identitas pemohon</h2>
      <RadioGroup registration={reg("requesterType")} label="Jenis pemohon" required columns={3} error={err("requesterType")} defaultValue={dv("requesterType")} options={options(REQUESTER_TYPES, REQUESTER_TYPE_LABELS)} />
      {(type === null || isEntity) && (
        <TextInput
          registration={reg("organization")}
          label="Nama badan hukum atau kelompok"
          required={isEntity}
          hint={type === null ? "Wajib untuk badan hukum atau kelompok; kosongkan untuk perorangan." : undefined}
          error={err("organization")}
          defaultValue={dv("organization")}
        />
      )}
      <TextInput
        registration={reg("name")}
        label={isEntity ? "Nama wakil atau penerima kuasa" : "Nama lengkap"}
        required
        autoComplete="name"
        hint={type === null ? "Untuk badan hukum atau kelompok: nama orang yang mewakili atau menerima kuasa." : undefined}
        error={err("name")}
        defaultValue={dv("name")}
      />
      <TextInput
        registration={reg("nik")}
        label={isEntity ? "NIK wakil atau penerima kuasa" : "NIK (Nomor Induk Kependudukan)"}
        required
        inputMode="numeric"
        hint="16 angka sesuai KTP. NIK hanya dilihat petugas yang memeriksa identitas (UU 27/2022 tentang Pelindungan Data Pribadi)."
        error={err("nik")}
        defaultValue={dv("nik")}
      />
      <div className="grid gap-x-4 md:grid-cols-2">
        <TextInput registration={reg("phone")} label="Nomor telepon/HP" type="tel" required autoComplete="tel" inputMode="tel" error={err("phone")} defaultValue={dv("phone")} />
        <TextInput
          registration={reg("email")}
          label="Alamat surel (e-mail)"
          type="email"
          required={!desk}
          autoComplete="email"
          hint={desk ? "Wajib bila permohonan masuk melalui surel atau salinan dikirim melalui surel." : "Tanda bukti dan pemberitahuan dikirim ke alamat ini."}
          error={err("email")}
          defaultValue={dv("email")}
        />
      </div>
      <TextArea registration={reg("address")} label="Alamat lengkap" required rows={2} error={err("address")} defaultValue={dv("address")} />
      {(type === null || type === "INDIVIDUAL") && (
        <TextInput
          registration={reg("occupation")}
          label="Pekerjaan"
          required={type === "INDIVIDUAL"}
          hint={type === null ? "Wajib untuk pemohon perorangan." : undefined}
          error={err("occupation")}
          defaultValue={dv("occupation")}
        />
      )}
      <FileInput
        registration={reg("document")}
        label={documentLabel}
        required={!desk}
        accept={REQUEST_UPLOAD_ACCEPT}
        hint={
          <>
            {type === null && <>Perorangan: pindaian KTP. Badan hukum: akta pendirian atau pengesahan Kemenkumham. Kelompok: surat kuasa. </>}
            {desk && <>Unggah bila pemohon menyerahkan salinan. </>}
            PDF, JPG, atau PNG, paling besar 5 MB.
          </>
        }
        error={err("document")}
      />
    </section>
  );
}

export function InformationSection({ kit, units }: { kit: FieldKit; units: { value: string; label: string }[] }) {
  const { reg, err, dv } = kit;
  return (
    <section aria-labelledby="bagian-informasi" className="mb-6">
      <h2 id="bagian-informasi" className="mb-3 text-xl font-semibold">Informasi yang dimohon</h2>
      <TextArea
        registration={reg("informationRequested")}
        label="Rincian informasi yang dibutuhkan"
        required
        rows={5}
        hint="Sebutkan sejelas mungkin: judul atau jenis dokumen, kegiatan, periode, dan unit bila Anda tahu."
        error={err("informationRequested")}
        defaultValue={dv("informationRequested")}
      />
      <TextArea registration={reg("purpose")} label="Tujuan penggunaan informasi" required rows={3} error={err("purpose")} defaultValue={dv("purpose")} />
      <SelectInput
        registration={reg("unitId")}
        label="Perangkat daerah yang diperkirakan menguasai informasi"
        placeholder="Tidak tahu / biar petugas yang menentukan"
        hint="Boleh dikosongkan."
        options={units}
        error={err("unitId")}
        defaultValue={dv("unitId")}
      />
      <RadioGroup registration={reg("obtainMethod")} label="Cara memperoleh informasi" required columns={3} error={err("obtainMethod")} defaultValue={dv("obtainMethod")} options={options(OBTAIN_METHODS, OBTAIN_METHOD_LABELS)} />
      <RadioGroup registration={reg("deliveryMethod")} label="Cara mendapatkan salinan informasi" required columns={2} error={err("deliveryMethod")} defaultValue={dv("deliveryMethod")} options={options(DELIVERY_METHODS, DELIVERY_METHOD_LABELS)} />
    </section>
  );
}

/** Desk only: the channel and the REAL moment the request reached the office, office-local. */
export function ReceiptSection({ kit, zoneLabel }: { kit: FieldKit; zoneLabel: string }) {
  const { reg, err, dv } = kit;
  return (
    <section aria-labelledby="bagian-penerimaan" className="mb-6">
      <h2 id="bagian-penerimaan" className="mb-3 text-xl font-semibold">Penerimaan</h2>
      <RadioGroup registration={reg("channel")} label="Diterima melalui" required columns={2} error={err("channel")} defaultValue={dv("channel")} options={options(DESK_CHANNELS, REQUEST_CHANNEL_LABELS)} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <TextInput registration={reg("receivedDate")} label="Tanggal diterima" type="date" required hint="Tanggal permohonan sebenarnya diterima kantor (cap pos, tanggal surel, atau kedatangan)." error={err("receivedDate")} defaultValue={dv("receivedDate")} />
        <TextInput registration={reg("receivedTime")} label={`Jam diterima (${zoneLabel})`} type="time" required hint="Lewat jam layanan, tanggal penerimaan menjadi hari kerja berikutnya." error={err("receivedTime")} defaultValue={dv("receivedTime")} />
      </div>
    </section>
  );
}
