import { TextArea, TextInput } from "@/components/ui/form-field";

/** The objection form's own fields (Perki 1/2021): case position, purpose, the proxy and the power of attorney. */
export function ObjectionFields({ defaultPurpose }: { defaultPurpose?: string }) {
  return (
    <>
      <TextArea name="casePosition" label="Kasus posisi" required rows={5} hint="Uraikan apa yang terjadi dan mengapa Anda keberatan." />
      <TextArea name="purpose" label="Tujuan penggunaan informasi" required rows={2} defaultValue={defaultPurpose} />
      <fieldset className="mb-3 rounded border border-slate-200 p-3">
        <legend className="px-1 font-medium">Kuasa pemohon (bila diajukan melalui kuasa)</legend>
        <TextInput name="proxyName" label="Nama kuasa" />
        <TextInput name="proxyAddress" label="Alamat kuasa" />
        <div className="mb-1">
          <label htmlFor="f-powerOfAttorney" className="block font-medium">Surat kuasa</label>
          <p id="f-powerOfAttorney-hint" className="text-sm text-slate-600">Wajib bila nama kuasa diisi. PDF, JPG, atau PNG, paling besar 5 MB.</p>
          <input id="f-powerOfAttorney" name="powerOfAttorney" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="f-powerOfAttorney-hint" className="mt-1 block" />
        </div>
      </fieldset>
    </>
  );
}
