import "server-only";
import type { TSurveyFollowUpInput } from "@/lib/schemas/survey";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/**
 * The office's follow-up to a semester's results, published beside them on /survei/hasil
 * (Permenpan RB 14/2017, Lampiran: results and their follow-up are made public). One text per
 * semester; saving again replaces it.
 */
export async function saveSurveyFollowUp(actor: StaffActor, input: TSurveyFollowUpInput) {
  assertPermission(actor, "survey.follow_up");
  const saved = await db().surveyFollowUp.upsert({
    where: { year_half: { year: input.year, half: input.half } },
    create: { year: input.year, half: input.half, text: input.text, updatedById: actor.id },
    update: { text: input.text, updatedById: actor.id },
    select: { id: true },
  });
  await invalidatePublicData(PUBLIC_TAGS.survey);
  return saved;
}
