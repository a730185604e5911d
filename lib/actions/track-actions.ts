"use server";

import { redirect } from "next/navigation";
import { ZTrackRequestInput } from "@/lib/schemas/track";
import { createAction } from "@/lib/server/action-client";
import { UserError } from "@/lib/server/errors";
import { clientIp } from "@/lib/server/rate-limit";
import { checkAccessCode } from "@/lib/server/services/check-access-code";
import { openTracking } from "@/lib/server/tracking-session";

/**
 * The tracking form posts number + code (never in a URL, so never in logs or history); a match opens
 * the request for 30 minutes through a signed cookie and shows it on /lacak.
 */
export const trackRequestAction = createAction({
  schema: ZTrackRequestInput,
  permission: null,
  handler: async (input) => {
    const checked = await checkAccessCode(input.nomor, input.kode, await clientIp());
    if (!checked.ok) throw new UserError(checked.limited ? "RATE_LIMITED" : "NOT_FOUND", checked.message);
    await openTracking(checked.request.id);
    redirect("/lacak");
  },
});
