"use server";

import { revalidatePath } from "next/cache";
import { ZUpdateOfficeSettingsInput } from "@/lib/schemas/office-settings";
import { createAction } from "@/lib/server/action-client";
import { updateOfficeSettings } from "@/lib/server/services/update-office-settings";

export const updateOfficeSettingsAction = createAction({
  schema: ZUpdateOfficeSettingsInput,
  permission: "settings.manage",
  handler: async (input, user) => {
    const { recomputed } = await updateOfficeSettings(input, { id: user.id, role: user.role });
    // Name, contacts and hours appear on every page.
    revalidatePath("/", "layout");
    const moved = recomputed.changed ? ` ${recomputed.changed} batas waktu dihitung ulang.` : "";
    return { ok: true, message: `Pengaturan kantor disimpan.${moved}` };
  },
});
