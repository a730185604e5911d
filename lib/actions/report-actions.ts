"use server";

import { revalidatePath } from "next/cache";
import { ZSaveReportTextsInput } from "@/lib/schemas/service-report";
import { createAction } from "@/lib/server/action-client";
import { saveReportTexts } from "@/lib/server/services/save-report-texts";

export const saveReportTextsAction = createAction({
  schema: ZSaveReportTextsInput,
  permission: "reports.write",
  handler: async (input, user) => {
    await saveReportTexts({ id: user.id, role: user.role }, input);
    revalidatePath("/kantor/laporan");
    return { ok: true, message: "Uraian laporan disimpan." };
  },
});
