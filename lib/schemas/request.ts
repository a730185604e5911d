import { z } from "zod";
import { requiredText } from "@/lib/schemas/text-field";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { nikProblem, normalizeNik } from "@/lib/domain/nik";
import { DELIVERY_METHODS, DESK_CHANNELS, OBTAIN_METHODS, REQUESTER_TYPES } from "@/lib/domain/request-intake";

// The information request form (UU 14/2008 Pasal 22(1)-(3); Perki 1/2021): the schema the server
// action parses with (the form itself sends plain fields and shows the field messages it returns). Online filing (the requester) and
// desk registration (walk-in, post, e-mail, phone) share every field; the desk adds the channel
// and the real moment of receipt, whose "not in the future" check needs the office clock and is
// done by the service (register-request.ts).

/** storeUpload (lib/server/storage.ts) enforces the same limit on the server. */
export const MAX_REQUEST_UPLOAD_BYTES = 5 * 1024 * 1024;


const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`)
    .nullish()
    .transform((v) => v || undefined);

/** A file from a browser FileList (client) or a multipart File (server); empty inputs → undefined. */
export function chosenFile(value: unknown): File | undefined {
  if (!value || typeof value !== "object") return undefined;
  if ("item" in value && "length" in value) {
    const list = value as FileList;
    const first = list.length > 0 ? list.item(0) : null;
    return first && first.size > 0 ? first : undefined;
  }
  const file = value as File;
  if (typeof file.size === "number" && typeof file.name === "string" && typeof file.arrayBuffer === "function") {
    return file.size > 0 ? file : undefined;
  }
  return undefined;
}

const requestFields = {
  requesterType: z.enum(REQUESTER_TYPES, { message: "Pilih jenis pemohon." }),
  name: requiredText("Nama", 3, 120),
  nik: z
    .string({ message: "NIK wajib diisi." })
    .transform(normalizeNik)
    .superRefine((value, ctx) => {
      const problem = nikProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  address: requiredText("Alamat", 10, 300),
  phone: z
    .string({ message: "Nomor telepon wajib diisi." })
    .transform((v) => v.replace(/[\s().-]/g, ""))
    .pipe(z.string().regex(/^(\+62|0)[0-9]{8,13}$/, "Nomor telepon diawali 0 atau +62 dan berisi 9–15 angka.")),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .nullish()
    .transform((v) => v || undefined)
    .pipe(z.email("Masukkan alamat surel yang benar, mis. nama@contoh.id.").max(200, "Alamat surel terlalu panjang.").optional()),
  occupation: optionalText("Pekerjaan", 120),
  organization: optionalText("Nama badan hukum atau kelompok", 200),
  informationRequested: requiredText("Rincian informasi yang dibutuhkan", 10, 4000),
  purpose: requiredText("Tujuan penggunaan informasi", 10, 2000),
  obtainMethod: z.enum(OBTAIN_METHODS, { message: "Pilih cara memperoleh informasi." }),
  deliveryMethod: z.enum(DELIVERY_METHODS, { message: "Pilih cara mendapatkan salinan informasi." }),
  unitId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || undefined),
  submissionKey: z
    .string({ message: "Formulir tidak lengkap. Muat ulang halaman, lalu kirim lagi." })
    .regex(/^[A-Za-z0-9_-]{16,80}$/, "Formulir tidak lengkap. Muat ulang halaman, lalu kirim lagi."),
  /** The identity paper: KTP, legal-entity deed or power of attorney (IDENTITY_DOCUMENTS). */
  document: z.unknown().optional().transform(chosenFile),
};

type Common = {
  requesterType?: (typeof REQUESTER_TYPES)[number];
  occupation?: string;
  organization?: string;
  email?: string;
  deliveryMethod?: (typeof DELIVERY_METHODS)[number];
  document?: File;
};

// The cross-field rules run even when some field is already invalid (`when`), so the form shows
// every message at once; the values of fields that failed may then be raw or missing.
const ALWAYS = { when: () => true };
const DOCUMENT_NAMES = { INDIVIDUAL: "pindaian KTP", LEGAL_ENTITY: "akta atau pengesahan badan hukum", GROUP: "surat kuasa" } as const;

function checkCommon(v: Common, ctx: z.RefinementCtx, rules: { documentRequired: boolean; emailRequired: boolean }) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  // Perki 1/2021: an individual states an occupation; a legal entity or group its name.
  if (v.requesterType === "INDIVIDUAL" && !v.occupation) issue("occupation", "Pekerjaan wajib diisi untuk pemohon perorangan.");
  if ((v.requesterType === "LEGAL_ENTITY" || v.requesterType === "GROUP") && !v.organization) issue("organization", "Nama badan hukum atau kelompok wajib diisi.");
  if (!v.email && (rules.emailRequired || v.deliveryMethod === "EMAIL")) {
    issue("email", v.deliveryMethod === "EMAIL" ? "Alamat surel wajib diisi bila salinan dikirim melalui surel." : "Alamat surel wajib diisi.");
  }
  if (!v.document && rules.documentRequired) {
    const what = v.requesterType ? (DOCUMENT_NAMES[v.requesterType] ?? "dokumen identitas") : "dokumen identitas";
    issue("document", `Unggah ${what} (PDF, JPG, atau PNG).`);
  }
  if (v.document && typeof v.document.size === "number" && v.document.size > MAX_REQUEST_UPLOAD_BYTES) issue("document", "Ukuran berkas melebihi 5 MB.");
}

/** Online: filed by the requester through the portal; e-mail and identity paper are required. */
export const ZCreateRequestInput = z
  .object(requestFields)
  .superRefine((v, ctx) => checkCommon(v, ctx, { documentRequired: true, emailRequired: true }), ALWAYS);
export type TCreateRequestInput = z.output<typeof ZCreateRequestInput>;
export type TCreateRequestFormValues = z.input<typeof ZCreateRequestInput>;

/** Desk: entered by an officer for a walk-in, post, e-mail or phone request, at its real receipt. */
export const ZRegisterRequestInput = z
  .object({
    ...requestFields,
    channel: z.enum(DESK_CHANNELS, { message: "Pilih saluran penerimaan permohonan." }),
    receivedDate: z
      .string({ message: "Tanggal diterima wajib diisi." })
      .trim()
      .refine((v) => isValidLocalDate(v), "Tanggal diterima harus tanggal yang benar."),
    receivedTime: z
      .string({ message: "Jam diterima wajib diisi." })
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Jam diterima ditulis JJ:MM, mis. 09:30."),
  })
  .superRefine((v, ctx) => checkCommon(v, ctx, { documentRequired: false, emailRequired: v.channel === "EMAIL" }), ALWAYS);
export type TRegisterRequestInput = z.output<typeof ZRegisterRequestInput>;
export type TRegisterRequestFormValues = z.input<typeof ZRegisterRequestInput>;

/** The citizen withdraws their own request (UU 14/2008 Pasal 22; docs/domain.md, Requests outcome ditarik). */
export const ZWithdrawRequestInput = z.object({
  requestId: z.string().min(1),
  reason: optionalText("Alasan", 1000),
});
export type TWithdrawRequestInput = z.output<typeof ZWithdrawRequestInput>;

/** The missing documents the desk asked for (docs/domain.md, Requests step 3). */
export const ZSubmitCompletionInput = z
  .object({
    requestId: z.string().min(1),
    note: optionalText("Keterangan", 1000),
    file: z.unknown().optional().transform(chosenFile),
    file2: z.unknown().optional().transform(chosenFile),
  })
  .superRefine((v, ctx) => {
    if (!v.file) ctx.addIssue({ code: "custom", path: ["file"], message: "Pilih berkas kelengkapan yang akan dikirim." });
    for (const key of ["file", "file2"] as const) {
      if ((v[key]?.size ?? 0) > MAX_REQUEST_UPLOAD_BYTES) ctx.addIssue({ code: "custom", path: [key], message: "Ukuran berkas melebihi 5 MB." });
    }
  }, ALWAYS);
export type TSubmitCompletionInput = z.output<typeof ZSubmitCompletionInput>;
