import { z } from "zod";

export const ZResendOutboxInput = z.object({ id: z.string().trim().min(1, "Pesan tidak dikenal.").max(64) });
export type TResendOutboxInput = z.infer<typeof ZResendOutboxInput>;

export const OUTBOX_FILTERS = ["PENDING", "FAILED", "SENT"] as const;
export const ZOutboxQuery = z.object({
  status: z.enum(OUTBOX_FILTERS).catch("PENDING"),
  id: z.string().max(64).optional().catch(undefined),
  /** Set by the resend action: the page confirms the resend. */
  ulang: z.literal("1").optional().catch(undefined),
});
