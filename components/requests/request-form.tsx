"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { InformationSection, IdentitySection, ReceiptSection, type FieldKit, type FieldName } from "@/components/requests/request-form-sections";
import { FormAlert } from "@/components/ui/form-alert";
import { createRequestAction, registerRequestAction } from "@/lib/actions/request-intake-actions";
import type { RequesterType } from "@/lib/domain/request-intake";
import { ZCreateRequestInput, ZRegisterRequestInput, type TRegisterRequestFormValues } from "@/lib/schemas/request";

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

type Values = TRegisterRequestFormValues;

/**
 * The request form. The server action is the form's action, so it works without JavaScript; when
 * JavaScript runs, react-hook-form checks the same zod schema first and shows field messages
 * before anything is sent. The server parses again with that schema and has the last word.
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
  const resolver = (desk ? zodResolver(ZRegisterRequestInput) : zodResolver(ZCreateRequestInput)) as unknown as Resolver<Values>;
  const form = useForm<Values>({ resolver, defaultValues: initial as Values, mode: "onTouched" });
  const watchedType = form.watch("requesterType") as RequesterType | undefined | null;

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);

  const kit: FieldKit = {
    reg: (name) => form.register(name),
    err: (name) => (form.formState.errors[name]?.message as string | undefined) ?? failed?.fieldErrors?.[name],
    dv: (name) => initial[name],
  };
  const onSubmit = form.handleSubmit(() => {
    if (sending.current || !formRef.current) return;
    sending.current = true;
    const data = new FormData(formRef.current);
    startTransition(() => formAction(data));
  });
  const clientErrors = Object.keys(form.formState.errors).length;

  return (
    <form ref={formRef} action={formAction} onSubmit={(event) => void onSubmit(event)} noValidate className="max-w-3xl">
      <FormAlert message={failed?.message ?? (clientErrors > 0 ? "Periksa kembali isian yang ditandai." : undefined)} />
      {failed && !mounted && <p className="mb-4 text-sm">Berkas yang sudah dipilih perlu dipilih lagi sebelum mengirim ulang.</p>}
      <input type="hidden" {...form.register("submissionKey")} defaultValue={submissionKey} />
      <p className="mb-4 text-sm text-slate-700">Isian bertanda <span className="text-red-700">*</span> wajib diisi.</p>
      {desk && <ReceiptSection kit={kit} zoneLabel={zoneLabel} />}
      <IdentitySection kit={kit} type={mounted ? (watchedType ?? null) : null} desk={desk} />
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
