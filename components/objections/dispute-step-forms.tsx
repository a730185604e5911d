import { ActionForm } from "@/components/objections/action-form";
import { Input, TextArea } from "@/components/objections/fields";
import { advanceDisputeAction, disputeDetailsAction, disputeDocumentAction } from "@/lib/actions/dispute-actions";
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
        const hidden = { disputeId, event: o.event };
        const id = (name: string) => `${o.event}-${name}`;
        return (
          <ActionForm key={o.event} action={advanceDisputeAction} submitLabel={o.label} hidden={hidden}>
            {(o.event === "START_MEDIATION" || o.event === "START_ADJUDICATION") && (
              <Input id={id("date")} name="date" type="date" label="Tanggal sidang pertama" required defaultValue={today} />
            )}
            {RULING.includes(o.event) && (
              <>
                <Input id={id("date")} name="date" type="date" label={o.event === "RECORD_MEDIATION_AGREEMENT" ? "Tanggal kesepakatan" : "Tanggal putusan"} required defaultValue={today} />
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
      <Input id="d-commission" name="commission" label="Komisi Informasi" defaultValue={commission} />
      <Input id="d-register" name="registerNumber" label="Nomor register sengketa" defaultValue={registerNumber ?? ""} />
      {inSession && <Input id="d-session" name="sessionDate" type="date" label="Tambah tanggal sidang" />}
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
