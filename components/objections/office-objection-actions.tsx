import { ActionForm } from "@/components/objections/action-form";
import { TextArea, TextInput } from "@/components/ui/form-field";
import {
  answerObjectionAction,
  consultTimAction,
  respondOnBehalfAction,
  withdrawOnBehalfAction,
} from "@/lib/actions/objection-actions";
import type { ObjectionEvent } from "@/lib/domain/objection-workflow";

type Option = { event: ObjectionEvent; label: string; enabled: boolean; reason?: string };

/** One form per step the objection table offers this user now; refused steps show the table's reason. */
export function OfficeObjectionActions({ objectionId, options }: { objectionId: string; options: Option[] }) {
  const id = { objectionId };
  if (options.length === 0) return <p>Tidak ada tindakan yang dapat Anda lakukan pada keberatan ini saat ini.</p>;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      {options.map((o) => {
        if (!o.enabled) {
          return (
            <p key={o.event} className="rounded border border-slate-200 bg-white p-4">
              <span className="font-semibold">{o.label}</span> belum dapat dilakukan: {o.reason}
            </p>
          );
        }
        const key = o.event;
        switch (o.event) {
          case "CONSULT_TIM":
            return (
              <ActionForm key={key} action={consultTimAction} submitLabel={o.label} hidden={id}>
                <TextArea id="consult-note" name="note" label="Pendapat Tim Pertimbangan Pelayanan Informasi" required />
              </ActionForm>
            );
          case "ACCEPT_FULL":
          case "ACCEPT_PARTIAL":
            return (
              <ActionForm key={key} action={answerObjectionAction} submitLabel={o.label} hidden={{ ...id, decision: o.event }}>
                <TextArea id={`${key}-reason`} name="reason" label={o.event === "ACCEPT_PARTIAL" ? "Bagian yang diterima dan alasan bagian yang ditolak" : "Pertimbangan"} required={o.event === "ACCEPT_PARTIAL"} />
                <TextArea id={`${key}-order`} name="orderDescription" label="Yang harus diberikan PPID" rows={2} hint="Kosongkan untuk seluruh informasi yang diminta." />
                <TextInput id={`${key}-days`} name="orderPeriodDays" type="number" min="1" max="60" label="Jangka waktu bagi PPID (hari kerja)" required />
              </ActionForm>
            );
          case "REJECT":
            return (
              <ActionForm key={key} action={answerObjectionAction} submitLabel={o.label} hidden={{ ...id, decision: "REJECT" }}>
                <TextArea id="reject-reason" name="reason" label="Alasan penolakan (UU 14/2008 Pasal 36 ayat (3))" required />
              </ActionForm>
            );
          case "SETTLE":
            return (
              <ActionForm key={key} action={answerObjectionAction} submitLabel={o.label} hidden={{ ...id, decision: "SETTLE" }}>
                <TextArea id="settle-note" name="note" label="Isi kesepakatan musyawarah (Pasal 35 ayat (2))" required />
              </ActionForm>
            );
          case "SETTLE_IN_PART":
            return (
              <ActionForm key={key} action={answerObjectionAction} submitLabel={o.label} hidden={{ ...id, decision: "SETTLE_IN_PART" }}>
                <TextArea id="settle-part-note" name="note" label="Isi kesepakatan musyawarah atas alasan huruf b–g (Pasal 35 ayat (2)); alasan huruf a tetap ditanggapi" required />
              </ActionForm>
            );
          case "DECLARE_INADMISSIBLE":
            return (
              <ActionForm key={key} action={answerObjectionAction} submitLabel={o.label} hidden={{ ...id, decision: "DECLARE_INADMISSIBLE" }}>
                <TextArea id="inadmissible-reason" name="reason" label="Alasan keberatan tidak dapat diterima (mis. diajukan setelah 30 hari kerja, Pasal 36 ayat (1))" required />
              </ActionForm>
            );
          case "REQUESTER_ACCEPT":
          case "REQUESTER_ESCALATE":
            return (
              <ActionForm key={key} action={respondOnBehalfAction} submitLabel={o.label} hidden={{ ...id, response: o.event === "REQUESTER_ACCEPT" ? "ACCEPT" : "ESCALATE" }}>
                <TextArea id={`${key}-note`} name="note" label="Catatan (cara pemohon menyampaikan tanggapannya)" rows={2} />
              </ActionForm>
            );
          case "WITHDRAW":
            return (
              <ActionForm key={key} action={withdrawOnBehalfAction} submitLabel={o.label} hidden={id}>
                <TextArea id="withdraw-note" name="note" label="Catatan penarikan" rows={2} />
              </ActionForm>
            );
          default:
            return null;
        }
      })}
    </div>
  );
}
