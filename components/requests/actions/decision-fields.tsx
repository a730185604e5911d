import { PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "@/lib/domain/pasal-17";
import { WITHHELD_ROWS } from "@/lib/schemas/request-processing";
import { Select, TextArea, TextInput } from "@/components/ui/form-field";

// Parts of the decision forms (UU 14/2008 Pasal 22(7)): the grant's particulars, the withheld
// parts, the Pasal 17 letters and the consequence test (Pasal 2(4), 19) — chosen or recorded here.

type Values = Record<string, string> | undefined;
type Errors = Record<string, string> | undefined;
export type TestOption = { value: string; label: string };

export function GrantFields({ p, v, e, defaults }: { p: string; v: Values; e: Errors; defaults: { form: string; medium: string } }) {
  return (
    <>
      <TextArea rows={3} id={`${p}-notes`} name="notes" label="Materi informasi yang akan diberikan" hint="UU 14/2008 Pasal 22 ayat (7) huruf d." required defaultValue={v?.notes} error={e?.notes} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <TextInput id={`${p}-form`} name="informationForm" label="Bentuk informasi" required defaultValue={v?.informationForm ?? defaults.form} error={e?.informationForm} />
        <TextInput id={`${p}-medium`} name="medium" label="Alat penyampai (media)" required defaultValue={v?.medium ?? defaults.medium} error={e?.medium} />
        <TextInput id={`${p}-fee`} name="feeAmount" inputMode="numeric" label="Biaya (rupiah)" hint="Hanya biaya penggandaan/pengiriman; 0 bila tanpa biaya." defaultValue={v?.feeAmount ?? "0"} error={e?.feeAmount} />
        <TextInput id={`${p}-payment`} name="paymentMethod" label="Cara pembayaran" hint="Wajib bila ada biaya." defaultValue={v?.paymentMethod} error={e?.paymentMethod} />
      </div>
      <TextInput id={`${p}-time`} name="deliveryTime" label="Waktu penyediaan informasi" hint="Mis. paling lambat 3 hari kerja setelah pemberitahuan ini." required defaultValue={v?.deliveryTime} error={e?.deliveryTime} />
    </>
  );
}

export function WithheldRows({ p, v, e }: { p: string; v: Values; e: Errors }) {
  return (
    <fieldset className="mb-4">
      <legend className="font-medium">Bagian yang dihitamkan beserta alasannya <span className="text-red-700">*</span></legend>
      <p className="text-sm text-slate-600">UU 14/2008 Pasal 22 ayat (7) huruf e. Isi satu baris per bagian.</p>
      {e?.withheldParts && <p className="mt-1 text-sm font-medium text-red-700">{e.withheldParts}</p>}
      {Array.from({ length: WITHHELD_ROWS }, (_, i) => (
        <div key={i} className="mt-2 grid gap-2 md:grid-cols-2">
          <div>
            <label htmlFor={`${p}-w${i}-part`} className="text-sm">Bagian {i + 1}</label>
            <input id={`${p}-w${i}-part`} name={`withheld_${i}_part`} defaultValue={v?.[`withheld_${i}_part`]} className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
          </div>
          <div>
            <label htmlFor={`${p}-w${i}-reason`} className="text-sm">Alasan bagian {i + 1}</label>
            <input id={`${p}-w${i}-reason`} name={`withheld_${i}_reason`} defaultValue={v?.[`withheld_${i}_reason`]} className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2" />
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function Pasal17Boxes({ p, v, e, required }: { p: string; v: Values; e: Errors; required: boolean }) {
  return (
    <fieldset className="mb-4" aria-describedby={e?.pasal17Letters ? `${p}-pasal17-error` : undefined}>
      <legend className="font-medium">
        Alasan pengecualian: UU 14/2008 Pasal 17{required ? <span className="text-red-700"> *</span> : " (bila ada)"}
      </legend>
      <div className="mt-2 grid gap-1">
        {PASAL_17_LETTERS.map((letter) => (
          <label key={letter} className="flex items-start gap-2">
            <input type="checkbox" name={`pasal17_${letter}`} value="on" defaultChecked={v?.[`pasal17_${letter}`] !== undefined} className="mt-1 h-4 w-4" />
            <span>
              <span className="font-semibold">Huruf {letter}</span> — {PASAL_17_SUMMARIES[letter]}
            </span>
          </label>
        ))}
      </div>
      {e?.pasal17Letters && (
        <p id={`${p}-pasal17-error`} className="mt-1 text-sm font-medium text-red-700">
          {e.pasal17Letters}
        </p>
      )}
    </fieldset>
  );
}

export function ConsequenceTestChooser({ p, v, e, tests }: { p: string; v: Values; e: Errors; tests: TestOption[] }) {
  const mode = v?.testMode ?? (tests.length > 0 ? "existing" : "new");
  return (
    <fieldset className="mb-4 rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">Uji konsekuensi (UU 14/2008 Pasal 2 ayat (4) dan Pasal 19) <span className="text-red-700">*</span></legend>
      {e?.consequenceTestId && <p className="mb-2 text-sm font-medium text-red-700">{e.consequenceTestId}</p>}
      <label className="flex items-center gap-2">
        <input type="radio" name="testMode" value="existing" defaultChecked={mode === "existing"} className="h-4 w-4" />
        Gunakan uji konsekuensi yang sudah ditetapkan
      </label>
      <Select id={`${p}-test`} name="consequenceTestId" label="Uji konsekuensi" placeholder="Pilih uji konsekuensi" options={tests} defaultValue={v?.consequenceTestId} />
      <label className="flex items-center gap-2">
        <input type="radio" name="testMode" value="new" defaultChecked={mode === "new"} className="h-4 w-4" />
        Catat uji konsekuensi baru untuk permohonan ini
      </label>
      <div className="mt-3 border-l-4 border-slate-200 pl-3">
        <p className="mb-2 text-sm text-slate-600">Diisi hanya bila memilih uji konsekuensi baru. Huruf Pasal 17 yang dicentang di atas menjadi dasarnya.</p>
        <TextInput id={`${p}-t-info`} name="test_information" label="Informasi yang diuji" hint="Kosongkan untuk memakai uraian permohonan." defaultValue={v?.test_information} error={e?.["test.information"]} />
        <TextArea rows={3} id={`${p}-t-cons`} name="test_consequences" label="Konsekuensi bila informasi dibuka" defaultValue={v?.test_consequences} error={e?.["test.consequences"]} />
        <TextArea rows={3} id={`${p}-t-public`} name="test_publicInterest" label="Pertimbangan kepentingan publik" defaultValue={v?.test_publicInterest} error={e?.["test.publicInterest"]} />
        <Select
          id={`${p}-t-conclusion`}
          name="test_conclusion"
          label="Kesimpulan"
          options={[{ value: "EXEMPT", label: "Dikecualikan" }, { value: "PARTLY_OPEN", label: "Terbuka sebagian" }]}
          defaultValue={v?.test_conclusion ?? (p.includes("PARTIAL") ? "PARTLY_OPEN" : "EXEMPT")}
          error={e?.["test.conclusion"]}
        />
        <div className="grid gap-x-4 md:grid-cols-2">
          <TextInput id={`${p}-t-period`} name="test_exemptionPeriod" label="Jangka waktu pengecualian" defaultValue={v?.test_exemptionPeriod} error={e?.["test.exemptionPeriod"]} />
          <TextInput id={`${p}-t-until`} name="test_exemptUntil" type="date" label="Berlaku sampai tanggal" defaultValue={v?.test_exemptUntil} error={e?.["test.exemptUntil"]} />
          <TextInput id={`${p}-t-number`} name="test_decisionNumber" label="Nomor keputusan (SK)" defaultValue={v?.test_decisionNumber} error={e?.["test.decisionNumber"]} />
          <TextInput id={`${p}-t-date`} name="test_decisionDate" type="date" label="Tanggal keputusan" defaultValue={v?.test_decisionDate} error={e?.["test.decisionDate"]} />
        </div>
        <TextInput id={`${p}-t-participants`} name="test_participants" label="Peserta uji konsekuensi" defaultValue={v?.test_participants} error={e?.["test.participants"]} />
        <TextInput id={`${p}-t-other`} name="test_otherLegalBasis" label="Dasar hukum lain (bila ada)" defaultValue={v?.test_otherLegalBasis} error={e?.["test.otherLegalBasis"]} />
      </div>
    </fieldset>
  );
}
