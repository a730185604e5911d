"use server";

import { revalidatePath } from "next/cache";
import { ZMapComplianceInput } from "@/lib/schemas/dip-compliance";
import { createAction } from "@/lib/server/action-client";
import { mapComplianceItem, unmapComplianceItem } from "@/lib/server/services/map-compliance-item";

export const mapComplianceItemAction = createAction({
  schema: ZMapComplianceInput,
  permission: "dip.compliance_map",
  handler: async (input, user) => {
    await mapComplianceItem(user, input);
    revalidatePath("/kantor/dip/kepatuhan");
    return { ok: true, message: "Entri dipetakan." };
  },
});

export const unmapComplianceItemAction = createAction({
  schema: ZMapComplianceInput,
  permission: "dip.compliance_map",
  handler: async (input, user) => {
    await unmapComplianceItem(user, input);
    revalidatePath("/kantor/dip/kepatuhan");
    return { ok: true, message: "Pemetaan dilepas." };
  },
});
