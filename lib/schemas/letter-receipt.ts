import { z } from "zod";
import { HANDOVER_METHODS } from "@/lib/domain/handover";

// How and when a letter reached the requester (the windows of UU 14/2008 Pasal 36(1), 37(2) run from it).
export const ZRecordLetterReceiptInput = z.object({
  letterId: z.string().trim().min(1, "Surat tidak dikenal.").max(64),
  deliveredVia: z.enum(HANDOVER_METHODS, { message: "Pilih cara surat disampaikan." }),
  receivedOn: z.iso.date({ message: "Isi tanggal surat diterima." }),
  returnTo: z.string().regex(/^\/kantor\/(permohonan|keberatan)\/[A-Za-z0-9]{1,64}$/).optional(),
});
