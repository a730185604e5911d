import { ActionForm } from "@/components/objections/action-form";
import { TextArea } from "@/components/ui/form-field";
import { respondOwnAction, withdrawOwnAction } from "@/lib/actions/objection-actions";
import type { ObjectionEvent } from "@/lib/domain/objection-workflow";

type Option = { event: ObjectionEvent; label: string; enabled: boolean };

/** The requester's steps the objection table offers now: accept the answer, escalate, or withdraw. */
export function CitizenObjectionActions({ objectionId, options, komisi }: { objectionId: string; options: Option[]; komisi: string }) {
  const enabled = options.filter((o) => o.enabled);
  if (enabled.length === 0) return null;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {enabled.map((o) => {
        if (o.event === "REQUESTER_ACCEPT") {
          return (
            <ActionForm key={o.event} action={respondOwnAction} submitLabel="Saya menerima tanggapan ini" hidden={{ objectionId, response: "ACCEPT" }}>
              <p className="mb-3">Keberatan dinyatakan selesai.</p>
            </ActionForm>
          );
        }
        if (o.event === "REQUESTER_ESCALATE") {
          return (
            <ActionForm key={o.event} action={respondOwnAction} submitLabel="Saya akan mengajukan sengketa" hidden={{ objectionId, response: "ESCALATE" }}>
              <p className="mb-3">Beri tahu kami bahwa Anda melanjutkan ke {komisi}. Pengajuannya sendiri Anda lakukan ke Komisi Informasi (misalnya melalui SIMSI).</p>
              <TextArea id="escalate-note" name="note" label="Catatan (tidak wajib)" rows={2} />
            </ActionForm>
          );
        }
        if (o.event === "WITHDRAW") {
          return (
            <ActionForm key={o.event} action={withdrawOwnAction} submitLabel="Tarik keberatan" hidden={{ objectionId }}>
              <TextArea id="withdraw-note" name="note" label="Alasan penarikan (tidak wajib)" rows={2} />
            </ActionForm>
          );
        }
        return null;
      })}
    </div>
  );
}
