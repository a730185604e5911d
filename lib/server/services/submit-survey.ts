import "server-only";
import { IKM_ELEMENTS } from "@/lib/domain/ikm";
import type { TSubmitSurveyInput } from "@/lib/schemas/survey";
import { db } from "@/lib/server/db";
import { invalidatePublicData, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { UserError } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { surveyTokenRequestId, verifySurveyToken } from "@/lib/server/survey-token";

export const SURVEY_ALREADY_FILLED = "Survei untuk permohonan ini sudah diisi. Terima kasih atas penilaian Anda.";
const BAD_LINK = "Tautan survei tidak valid. Buka survei dari halaman Lacak Permohonan.";

/**
 * Stores one survey response (Permenpan RB 14/2017). With a token: the response of a closed
 * request, at most one (the unique index on requestId decides under concurrency) and counted for
 * the unit that handled it. Without: a walk-in visitor, for the unit they chose (or the office).
 */
export async function submitSurvey(input: TSubmitSurveyInput, now: Date = new Date()): Promise<{ id: string }> {
  const saved = await storeSurvey(input, now);
  await invalidatePublicData(PUBLIC_TAGS.survey);
  return saved;
}

async function storeSurvey(input: TSubmitSurveyInput, now: Date): Promise<{ id: string }> {
  const scores = Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, input[key]]));
  const profile = {
    ageGroup: input.ageGroup,
    gender: input.gender,
    education: input.education,
    occupation: input.occupation,
    suggestion: input.suggestion,
  };
  if (input.token) {
    const requestId = surveyTokenRequestId(input.token);
    const request = requestId
      ? await db().informationRequest.findUnique({
          where: { id: requestId },
          select: { id: true, accessCode: true, status: true, unitId: true, surveyResponse: { select: { id: true } } },
        })
      : null;
    if (!request || !verifySurveyToken(input.token, request.id, request.accessCode)) throw new UserError("NOT_FOUND", BAD_LINK);
    if (request.status !== "CLOSED") throw new UserError("INVALID_STATE", "Survei dapat diisi setelah permohonan selesai.");
    if (request.surveyResponse) throw new UserError("CONFLICT", SURVEY_ALREADY_FILLED);
    try {
      return await db().surveyResponse.create({
        data: { ...scores, ...profile, channel: "REQUEST", requestId: request.id, unitId: request.unitId, submittedAt: now },
        select: { id: true },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError("CONFLICT", SURVEY_ALREADY_FILLED);
      throw error;
    }
  }
  const unit = input.unitId ? await db().unit.findFirst({ where: { id: input.unitId, active: true }, select: { id: true } }) : null;
  if (input.unitId && !unit) throw new UserError("INVALID_INPUT", "Unit layanan tidak dikenal.", { unitId: "Pilih unit dari daftar." });
  return db().surveyResponse.create({
    data: { ...scores, ...profile, channel: "WALK_IN", unitId: unit?.id ?? null, submittedAt: now },
    select: { id: true },
  });
}
