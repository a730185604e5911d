"use server";

import { revalidatePath } from "next/cache";
import { formatAccessCode } from "@/lib/domain/numbering";
import { ZAssignComplaintInput, ZCloseComplaintInput, ZComplaintNoteInput, ZFileComplaintInput, ZTrackComplaintInput } from "@/lib/schemas/complaint";
import { createAction } from "@/lib/server/action-client";
import { clientIp, limitPublicForm } from "@/lib/server/rate-limit";
import { trackComplaint, type TrackedComplaintView } from "@/lib/server/queries/complaints";
import { addComplaintNote } from "@/lib/server/services/add-complaint-note";
import { assignComplaint } from "@/lib/server/services/assign-complaint";
import { closeComplaint } from "@/lib/server/services/close-complaint";
import { lookUpByCode } from "@/lib/server/services/check-access-code";
import { fileComplaint } from "@/lib/server/services/file-complaint";

// Entry points of the complaint forms: parse, check, call one service, refresh the register.
// The receipt and the tracking view come back as the action's result, so the access code never
// travels in a URL.

export type ComplaintReceipt = { number: string; accessCode: string; anonymous: boolean };

export const fileComplaintAction = createAction<typeof ZFileComplaintInput, ComplaintReceipt>({
  schema: ZFileComplaintInput,
  permission: null,
  handler: async (input, user) => {
    if (!user) await limitPublicForm("pengaduan");
    const filed = await fileComplaint(user ? { id: user.id, role: user.role } : null, input);
    revalidatePath("/kantor/pengaduan");
    revalidatePath("/akun/pengaduan");
    return { ok: true, data: { number: filed.number, accessCode: formatAccessCode(filed.accessCode), anonymous: filed.anonymous } };
  },
});

const NOT_FOUND = "Pengaduan tidak ditemukan. Periksa kembali nomor pengaduan dan kode akses (huruf besar atau kecil tidak berpengaruh).";

export const trackComplaintAction = createAction<typeof ZTrackComplaintInput, TrackedComplaintView>({
  schema: ZTrackComplaintInput,
  permission: null,
  handler: async (input) => {
    const checked = await lookUpByCode(input.nomor, await clientIp(), () => trackComplaint(input.nomor, input.kode));
    return checked.ok ? { ok: true, data: checked.found } : { ok: false, message: checked.message ?? NOT_FOUND, values: { nomor: input.nomor } };
  },
});

function refresh(id: string) {
  revalidatePath("/kantor/pengaduan");
  revalidatePath(`/kantor/pengaduan/${id}`);
  revalidatePath("/akun/pengaduan");
}

export const assignComplaintAction = createAction({
  schema: ZAssignComplaintInput,
  permission: "complaint.manage",
  handler: async (input, user) => {
    await assignComplaint(user, input);
    refresh(input.complaintId);
    return { ok: true, message: "Penugasan disimpan." };
  },
});

export const addComplaintNoteAction = createAction({
  schema: ZComplaintNoteInput,
  permission: "complaint.manage",
  handler: async (input, user) => {
    await addComplaintNote(user, input);
    refresh(input.complaintId);
    return { ok: true, message: "Catatan tindak lanjut disimpan." };
  },
});

export const closeComplaintAction = createAction({
  schema: ZCloseComplaintInput,
  permission: "complaint.manage",
  handler: async (input, user) => {
    await closeComplaint(user, input);
    refresh(input.complaintId);
    return { ok: true, message: "Pengaduan ditutup; jawaban tampil pada halaman pelacakan." };
  },
});
