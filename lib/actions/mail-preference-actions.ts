"use server";

import { revalidatePath } from "next/cache";
import { ZMailPreferencesInput } from "@/lib/schemas/mail-preferences";
import { createAction } from "@/lib/server/action-client";
import { updateMailPreferences } from "@/lib/server/services/update-mail-preferences";

const save = (permission: "office.access" | "account.access", path: string) =>
  createAction({
    schema: ZMailPreferencesInput,
    permission,
    handler: async (enabled, user) => {
      await updateMailPreferences(user, enabled);
      revalidatePath(path);
      return { ok: true, message: "Pilihan surel disimpan." };
    },
  });

export const saveStaffMailPreferencesAction = save("office.access", "/kantor/profil");
export const saveCitizenMailPreferencesAction = save("account.access", "/akun/surel");
