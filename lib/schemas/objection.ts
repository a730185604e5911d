import { z } from "zod";
import { OBJECTION_GROUNDS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import { DESK_CHANNELS } from "@/lib/domain/request-intake";

// Forms of the objection (UU 14/2008 Pasal 35-36). The grounds come as one checkbox each
// ("ground_REFUSED_PASAL_17" = "on"): the action wrapper reads a form into a flat object.

const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .optional()
    .transform((v) => v || undefined);

export const groundField = (ground: ObjectionGround) => `ground_${ground}`;

const groundBoxes = Object.fromEntries(OBJECTION_GROUNDS.map((g) => [groundField(g), z.string().optional()])) as Record<
  `ground_${ObjectionGround}`,
  z.ZodOptional<z.ZodString>
>;

const ZObjectionBase = z.object({
  permohonan: text("Nomor permohonan", 5, 60),
  casePosition: text("Kasus posisi", 10, 4000),
  purpose: text("Tujuan penggunaan informasi", 3, 1000),
  proxyName: optionalText(200),
  proxyAddress: optionalText(500),
  powerOfAttorney: z.unknown().optional(),
  ...groundBoxes,
});

function withGrounds<T extends z.infer<typeof ZObjectionBase>>(input: T) {
  const grounds = OBJECTION_GROUNDS.filter((g) => input[groundField(g) as keyof T]);
  return { ...input, grounds };
}

// Checked even when other fields fail (`when`), so an empty form lists every problem in one answer.
const anyGround = (input: Record<string, unknown>) => OBJECTION_GROUNDS.some((g) => Boolean(input?.[groundField(g)]));
const GROUND_CHECK = { message: "Pilih sedikitnya satu alasan keberatan.", path: ["grounds"], when: () => true };

export const ZFileObjectionForm = ZObjectionBase.refine(anyGround, GROUND_CHECK).transform(withGrounds);
export type TFileObjectionForm = z.infer<typeof ZFileObjectionForm>;

/** The desk enters an objection received in person, by post, e-mail or phone, at its real time. */
export const ZDeskObjectionForm = ZObjectionBase.extend({
  channel: z.enum(DESK_CHANNELS, { message: "Pilih saluran penerimaan." }),
  receivedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal diterima."),
  receivedTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Isi jam diterima (JJ:MM)."),
})
  .refine(anyGround, GROUND_CHECK)
  .transform(withGrounds);
export type TDeskObjectionForm = z.infer<typeof ZDeskObjectionForm>;

export const ZConsultTimInput = z.object({
  objectionId: z.string().min(1),
  note: text("Pendapat Tim Pertimbangan", 5, 4000),
});

export const ZAnswerObjectionInput = z.object({
  objectionId: z.string().min(1),
  decision: z.enum(["ACCEPT_FULL", "ACCEPT_PARTIAL", "REJECT", "SETTLE", "SETTLE_IN_PART", "DECLARE_INADMISSIBLE"], { message: "Pilih keputusan." }),
  reason: optionalText(4000),
  note: optionalText(4000),
  orderPeriodDays: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= 60), "Jangka waktu 1–60 hari kerja."),
  orderDescription: optionalText(2000),
});

export const ZRespondInput = z.object({
  objectionId: z.string().min(1),
  response: z.enum(["ACCEPT", "ESCALATE"], { message: "Pilih tanggapan." }),
  note: optionalText(2000),
});

export const ZWithdrawObjectionInput = z.object({ objectionId: z.string().min(1), note: optionalText(2000) });

export const ZCompleteTaskInput = z.object({
  taskId: z.string().min(1),
  note: text("Catatan pelaksanaan", 5, 2000),
  /** Which page the form was sent from: the objection's (default) or the request's case page. */
  returnTo: z.enum(["objection", "request"]).optional().catch(undefined),
});
