"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { InformationSection, IdentitySection, ReceiptSection, type FieldKit, type FieldName } from "@/components/requests/request-form-sections";
import { FormAlert } from "@/components/ui/form-alert";
import { createRequestAction, registerRequestAction } from "@/lib/actions/request-intake-actions";
import { REQUESTER_TYPES, type RequesterType } from "@/lib/domain/request-intake";

type Props = {
  /** "online": the requester files (SUBMIT); "desk": an officer registers (REGISTER). */
  mode: "online" | "desk";
  /** Random per rendered form: a resubmission returns the request it already created. */
  submissionKey: string;
  /** Pre-filled values (the citizen's profile; the desk's current date and time). */
  defaults: Partial<Record<FieldName, string>>;
  units: { value: string; label: string }[];
  /** "WITA" etc., for the desk's time field. */
  zoneLabel?: string;
};

const asRequesterType = (value: string | undefined): RequesterType | null =>
  (REQUESTER_TYPES as readonly string[]).includes(value ?? "") ? (value as RequesterType) : null;

/**
 * The request form. The server action is the form's action, so it works without JavaScript, and
 * it is the one place the form is checked (the shared zod schema): its field messages come back
 * with the answer. No validation library runs in the browser (it cost ~55 KB of script on this
 * page); with JavaScript the form is sent without a reload, keeps what was typed and chosen (the
 * identity file included), and is sent once however often the button is pressed.
 */
export function RequestForm({ mode, submissionKey, defaults, units, zoneLabel = "" }: Props) {
  const desk = mode === "desk";
  const [state, formAction, pending] = useActionState(desk ? registerRequestAction : createRequestAction, null);
  const [, startTransition] = useTransition();
  const [mounted, setMounted] = useState(false);
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const failed = state && !state.ok ? state : null;
  const initial: Partial<Record<FieldName, string>> = { ...defaults, ...(failed?.values ?? {}), submissionKey };
  const [type, setType] = useState<RequesterType | null>(asRequesterType(initial.requesterType));

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);

  const kit: FieldKit = {
    reg: (name) => (name === "requesterType" ? { name, onChange: (event) => setType(asRequesterType(event.target.value)) } : { name }),
    err: (name) => failed?.fieldErrors?.[name],
    dv: (name) => initial[name],
  };
  // Sent by hand rather than through the form's action: React resets a form after its action,
  // which would empty every field (and the chosen file) whenever the server returns messages.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current || !formRef.current) return;
    sending.current = true;
    const data = new FormData(formRef.current);
    startTransition(() => formAction(data));
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormAlert message={failed?.message} />
      {failed && !mounted && <p className="mb-4 text-sm">Berkas yang sudah dipilih perlu dipilih lagi sebelum mengirim ulang.</p>}
      <input type="hidden" name="submissionKey" defaultValue={submissionKey} />
      <p className="mb-4 text-sm text-slate-700">Isian bertanda <span className="text-red-700">*</span> wajib diisi.</p>
      {desk && <ReceiptSection kit={kit} zoneLabel={zoneLabel} />}
      <IdentitySection kit={kit} type={mounted ? type : null} desk={desk} />
      <InformationSection kit={kit} units={units} />
      {!desk && (
        <p className="mb-4 max-w-2xl text-sm text-slate-700">
          Dengan mengirim formulir ini Anda menyatakan data di atas benar. Informasi yang diperoleh digunakan sesuai tujuan yang
          Anda sebutkan dan sesuai ketentuan peraturan perundang-undangan (UU 14/2008 Pasal 4 ayat (3) dan Pasal 5 ayat (1)).
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Mengirim…" : desk ? "Catat permohonan" : "Kirim permohonan"}
      </button>
    </form>
  );
}
