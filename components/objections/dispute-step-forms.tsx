import { ActionForm } from "@/components/objections/action-form";
import { Select, TextArea, TextInput } from "@/components/ui/form-field";
import { advanceDisputeAction, courtRulingAction, disputeDetailsAction, disputeDocumentAction, goToCourtAction } from "@/lib/actions/dispute-actions";
import { COURT_FILER_LABELS, COURT_FILERS, COURT_KINDS, COURT_LABELS } from "@/lib/domain/court-stages";
import type { DisputeEvent } from "@/lib/domain/dispute-workflow";

type Option = { event: DisputeEvent; label: string; enabled: boolean; reason?: string };

const RULING: readonly DisputeEvent[] = ["RECORD_MEDIATION_AGREEMENT", "RULE_GRANTED", "RULE_GRANTED_PARTIAL", "RULE_REJECTED"];

/** The steps before the Komisi Informasi that the dispute table allows now (UU 14/2008 Pasal 38-40, 46). */
export function DisputeStepForms({ disputeId, options, today }: { disputeId: string; options: Option[]; today: string }) {
  if (options.length === 0) return <p>Tidak ada langkah yang dapat dicatat pada status ini.</p>;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      {options.map((o) => {
        if (!o.enabled) {
          return <p key={o.event} className="rounded border border-slate-200 bg-white p-4"><span className="font-semibold">{o.label}</span> belum dapat dilakukan: {o.reason}</p>;
        }
        if (o.event === "GO_TO_COURT") {
          return (
            <ActionForm key={o.event} action={goToCourtAction} submitLabel={o.label} hidden={{ disputeId }}>
              <Select id="court-kind" name="court" label="Pengadilan" required options={COURT_KINDS.map((c) => ({ value: c, label: COURT_LABELS[c] }))} />
              <TextInput id="court-name" name="courtName" label="Nama pengadilan" hint="Mis. PTUN Kupang. Kosongkan untuk nama umum." />
              <Select id="court-filer" name="filedBy" label="Diajukan oleh" required options={COURT_FILERS.map((f) => ({ value: f, label: COURT_FILER_LABELS[f] }))} />
              <TextInput id="court-filed" name="filedOn" type="date" label="Tanggal gugatan/permohonan kasasi" required defaultValue={today} />
              <TextInput id="court-received" name="decisionReceivedOn" type="date" label="Tanggal putusan sebelumnya diterima" hint="Dari tanggal ini dihitung 14 hari kerja (PTUN/PN, Pasal 48 ayat (1)) atau 14 hari (kasasi, Pasal 50). Kosongkan bila sudah dicatat." />
              <TextInput id="court-register" name="registerNumber" label="Nomor register perkara" />
              <TextArea id="court-late" name="lateFilingReason" label="Alasan bila dicatat di luar batas waktu" rows={2} />
            </ActionForm>
          );
        }
        if (o.event === "RECORD_COURT_RULING") {
          return (
            <ActionForm key={o.event} action={courtRulingAction} submitLabel={o.label} hidden={{ disputeId }}>
              <TextInput id="court-ruling-date" name="rulingDate" type="date" label="Tanggal putusan pengadilan" required defaultValue={today} />
              <TextInput id="court-ruling-received" name="rulingReceivedOn" type="date" label="Tanggal putusan diterima" />
              <TextArea id="court-ruling-text" name="rulingText" label="Amar putusan" required />
              <div className="mb-3 flex items-center gap-2">
                <input id="court-opens" name="opensInformation" type="checkbox" />
                <label htmlFor="court-opens">Putusan membuka informasi (entri DIP keluar dari daftar dikecualikan)</label>
              </div>
            </ActionForm>
          );
        }
        const hidden = { disputeId, event: o.event };
        const id = (name: string) => `${o.event}-${name}`;
        return (
          <ActionForm key={o.event} action={advanceDisputeAction} submitLabel={o.label} hidden={hidden}>
            {(o.event === "START_MEDIATION" || o.event === "START_ADJUDICATION") && (
              <TextInput id={id("date")} name="date" type="date" label="Tanggal sidang pertama" required />
            )}
            {RULING.includes(o.event) && (
              <>
                <TextInput id={id("date")} name="date" type="date" label={o.event === "RECORD_MEDIATION_AGREEMENT" ? "Tanggal kesepakatan" : "Tanggal putusan"} required max={today} />
                <TextArea id={id("ruling")} name="rulingText" label={o.event === "RECORD_MEDIATION_AGREEMENT" ? "Isi kesepakatan" : "Amar putusan"} required />
              </>
            )}
            {o.event === "RECORD_COMPLIANCE" && <TextArea id={id("note")} name="note" label="Bagaimana putusan dilaksanakan" required />}
            {o.event === "WITHDRAW" && <TextArea id={id("note")} name="note" label="Catatan pencabutan" rows={2} />}
          </ActionForm>
        );
      })}
    </div>
  );
}

export function DisputeDetailsForm({ disputeId, commission, registerNumber, inSession }: { disputeId: string; commission: string; registerNumber: string | null; inSession: boolean }) {
  return (
    <ActionForm action={disputeDetailsAction} submitLabel="Simpan data sengketa" hidden={{ disputeId }}>
      <TextInput id="d-commission" name="commission" label="Komisi Informasi" defaultValue={commission} />
      <TextInput id="d-register" name="registerNumber" label="Nomor register sengketa" defaultValue={registerNumber ?? ""} />
      {inSession && <TextInput id="d-session" name="sessionDate" type="date" label="Tambah tanggal sidang" />}
    </ActionForm>
  );
}

export function DisputeDocumentForm({ disputeId }: { disputeId: string }) {
  return (
    <ActionForm action={disputeDocumentAction} submitLabel="Unggah dokumen" hidden={{ disputeId }}>
      <div className="mb-3">
        <label htmlFor="d-file" className="block font-medium">Dokumen (panggilan sidang, putusan, berita acara)<span className="text-red-700"> *</span></label>
        <p id="d-file-hint" className="text-sm text-slate-600">PDF, JPG, PNG, DOCX, atau XLSX, paling besar 5 MB.</p>
        <input id="d-file" name="file" type="file" required aria-describedby="d-file-hint" className="mt-1 block" />
      </div>
    </ActionForm>
  );
}
