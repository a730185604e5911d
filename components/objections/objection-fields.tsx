import { ActionFileInput, ActionTextArea, ActionTextInput } from "@/components/objections/action-fields";

/** The objection form's own fields (Perki 1/2021): case position, purpose, the proxy and the power of attorney. */
export function ObjectionFields({ defaultPurpose }: { defaultPurpose?: string }) {
  return (
    <>
      <ActionTextArea name="casePosition" label="Kasus posisi" required rows={5} hint="Uraikan apa yang terjadi dan mengapa Anda keberatan." />
      <ActionTextArea name="purpose" label="Tujuan penggunaan informasi" required rows={2} defaultValue={defaultPurpose} />
      <fieldset className="mb-3 min-w-0 rounded border border-slate-200 p-3">
        <legend className="px-1 font-medium">Kuasa pemohon (bila diajukan melalui kuasa)</legend>
        <ActionTextInput name="proxyName" label="Nama kuasa" />
        <ActionTextInput name="proxyAddress" label="Alamat kuasa" />
        <ActionFileInput name="powerOfAttorney" label="Surat kuasa" accept=".pdf,.jpg,.jpeg,.png" hint="Wajib bila nama kuasa diisi. PDF, JPG, atau PNG, paling besar 5 MB." />
      </fieldset>
    </>
  );
}
