"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  ZAttachDipDocumentInput,
  ZDipEntryInput,
  ZRemoveDipDocumentInput,
  ZTransitionDipInput,
  ZUpdateDipEntryInput,
} from "@/lib/schemas/dip";
import { createAction } from "@/lib/server/action-client";
import { UserError } from "@/lib/server/errors";
import { attachDipDocument } from "@/lib/server/services/attach-dip-document";
import { createDipEntry } from "@/lib/server/services/create-dip-entry";
import { removeDipDocument } from "@/lib/server/services/remove-dip-document";
import { transitionDipEntry } from "@/lib/server/services/transition-dip-entry";
import { updateDipEntry } from "@/lib/server/services/update-dip-entry";
import { emptyFileMessage, isChosenFile } from "@/lib/server/storage";

// The permission named here gates the action; which event this user may fire on this entry is
// decided by the table inside the service (lib/domain/dip-workflow.ts).

function refresh(entryId?: string) {
  revalidatePath("/kantor/dip");
  if (entryId) revalidatePath(`/kantor/dip/${entryId}`);
  revalidatePath("/informasi-publik");
}

export const createDipEntryAction = createAction({
  schema: ZDipEntryInput,
  permission: "dip.propose",
  handler: async (input, user) => {
    const entry = await createDipEntry(user, input);
    refresh();
    redirect(`/kantor/dip/${entry.id}?dibuat=1`);
  },
});

export const updateDipEntryAction = createAction({
  schema: ZUpdateDipEntryInput,
  permission: "dip.propose",
  handler: async (input, user) => {
    await updateDipEntry(user, input);
    refresh(input.entryId);
    return { ok: true, message: "Perubahan disimpan." };
  },
});

/** SUBMIT: the proposer's step. */
export const submitDipEntryAction = createAction({
  schema: ZTransitionDipInput,
  permission: "dip.propose",
  handler: async (input, user) => {
    if (input.event !== "SUBMIT") throw new UserError("INVALID_INPUT", "Tindakan tidak dikenal.");
    await transitionDipEntry(user, input);
    refresh(input.entryId);
    // The button disappears with the new status, so the confirmation is shown by the page.
    redirect(`/kantor/dip/${input.entryId}?selesai=${input.event}`);
  },
});

/** RETURN, PUBLISH, UNPUBLISH, REPUBLISH: the PPID Utama's review (Permendagri 3/2017). */
export const reviewDipEntryAction = createAction({
  schema: ZTransitionDipInput,
  permission: "dip.publish",
  handler: async (input, user) => {
    if (input.event === "SUBMIT") throw new UserError("INVALID_INPUT", "Tindakan tidak dikenal.");
    await transitionDipEntry(user, input);
    refresh(input.entryId);
    redirect(`/kantor/dip/${input.entryId}?selesai=${input.event}`);
  },
});

export const attachDipDocumentAction = createAction({
  schema: ZAttachDipDocumentInput,
  permission: "dip.propose",
  handler: async (input, user) => {
    const empty = emptyFileMessage(input.file);
    if (empty) throw new UserError("INVALID_INPUT", empty, { file: empty });
    if (!isChosenFile(input.file)) throw new UserError("INVALID_INPUT", "Pilih berkas yang akan diunggah.", { file: "Pilih berkas." });
    const attachment = await attachDipDocument(user, input.entryId, input.file);
    refresh(input.entryId);
    return { ok: true, message: `Dokumen "${attachment.fileName}" diunggah.` };
  },
});

export const removeDipDocumentAction = createAction({
  schema: ZRemoveDipDocumentInput,
  permission: "dip.propose",
  handler: async (input, user) => {
    await removeDipDocument(user, input.entryId, input.attachmentId);
    refresh(input.entryId);
    return { ok: true, message: "Dokumen dihapus." };
  },
});
