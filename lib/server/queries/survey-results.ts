import "server-only";
import { computeIkm, IKM_ELEMENTS, type IkmResult } from "@/lib/domain/ikm";
import { endOfOfficeDay, startOfOfficeDay, toOfficeLocalDate } from "@/lib/domain/office-time";
import { PROFILE_FIELDS, surveyPeriodRange, type ProfileField, type SurveyHalf } from "@/lib/domain/survey";
import { db } from "@/lib/server/db";
import { getOffice } from "@/lib/server/queries/office";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { surveyToken, surveyTokenRequestId, verifySurveyToken } from "@/lib/server/survey-token";

// Survey results for the back office and the public page: plain view types, aggregated only (no
// single response, no comment author). The index is computeIkm over the period's responses.

export type ProfileCount = { field: ProfileField; label: string; counts: { value: string; label: string; count: number }[] };

export type SurveyResultsView = {
  year: number;
  half: SurveyHalf | null;
  unitId: string | null;
  result: IkmResult;
  profile: ProfileCount[];
  followUp: string | null;
};

const select = {
  ...Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, true])),
  ageGroup: true,
  gender: true,
  education: true,
  occupation: true,
} as Record<string, true>;

type Row = Record<(typeof IKM_ELEMENTS)[number]["key"] | ProfileField, number | string | null>;

/** The results of a period (a semester or the whole year), for one unit or all. */
export async function getSurveyResults(year: number, half: SurveyHalf | null, unitId: string | null = null): Promise<SurveyResultsView> {
  const office = await getOffice();
  const { from, to } = surveyPeriodRange(year, half);
  const rows = (await db().surveyResponse.findMany({
    where: {
      submittedAt: { gte: startOfOfficeDay(from, office.timeZone), lte: endOfOfficeDay(to, office.timeZone) },
      ...(unitId ? { unitId } : {}),
    },
    select,
  })) as unknown as Row[];
  const result = computeIkm(rows.map((r) => Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, r[key] as number | null]))));
  const profile = PROFILE_FIELDS.map(({ field, label, options }) => ({
    field,
    label,
    counts: [
      ...Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel as string, count: rows.filter((r) => r[field] === value).length })),
      { value: "", label: "Tidak diisi", count: rows.filter((r) => !r[field]).length },
    ],
  }));
  const followUp = half
    ? ((await db().surveyFollowUp.findUnique({ where: { year_half: { year, half } }, select: { text: true } }))?.text ?? null)
    : null;
  return { year, half, unitId, result, profile, followUp };
}

/**
 * Both semesters of a year, as published on /survei/hasil (the whole office, every channel), from
 * the public cache; revoked by every new response and follow-up (PUBLIC_TAGS.survey).
 */
export const getPublicSurveyResults = cachedPublicQuery(
  { key: "public-survey-results", tags: [PUBLIC_TAGS.survey], atBuild: [] as SurveyResultsView[] },
  async (year: number): Promise<SurveyResultsView[]> => Promise.all(([1, 2] as const).map((half) => getSurveyResults(year, half, null))),
);

/** The office-local year today (default period of the pages). */
export async function currentSurveyYear(now: Date = new Date()): Promise<number> {
  const office = await getOffice();
  return Number(toOfficeLocalDate(now, office.timeZone).slice(0, 4));
}

/** The latest comments of a period, for the back office only (no respondent data). */
export async function getSurveyComments(year: number, half: SurveyHalf | null, unitId: string | null, take = 50) {
  const office = await getOffice();
  const { from, to } = surveyPeriodRange(year, half);
  const rows = await db().surveyResponse.findMany({
    where: {
      suggestion: { not: null },
      submittedAt: { gte: startOfOfficeDay(from, office.timeZone), lte: endOfOfficeDay(to, office.timeZone) },
      ...(unitId ? { unitId } : {}),
    },
    orderBy: { submittedAt: "desc" },
    take,
    select: { id: true, suggestion: true, submittedAt: true, channel: true },
  });
  return rows.map((r) => ({ id: r.id, text: r.suggestion!, date: toOfficeLocalDate(r.submittedAt, office.timeZone), channel: r.channel }));
}

export type SurveyOffer = { state: "open"; href: string } | { state: "done" };

/** What the tracking page offers for a closed request: the one-time survey link, or thanks. */
export async function getSurveyOffer(request: { id: string; status: string; accessCode: string }): Promise<SurveyOffer | null> {
  if (request.status !== "CLOSED") return null;
  const done = await db().surveyResponse.findUnique({ where: { requestId: request.id }, select: { id: true } });
  if (done) return { state: "done" };
  return { state: "open", href: `/survei/permohonan/${surveyToken(request.id, request.accessCode)}` };
}

/** The survey page of a token: whether it can still be filled, and for which request number. */
export async function getSurveyInvitation(token: string) {
  const id = surveyTokenRequestId(token);
  if (!id) return { state: "invalid" as const };
  const request = await db().informationRequest.findUnique({
    where: { id },
    select: { id: true, number: true, accessCode: true, status: true, surveyResponse: { select: { id: true } } },
  });
  if (!request || !verifySurveyToken(token, request.id, request.accessCode)) return { state: "invalid" as const };
  if (request.status !== "CLOSED") return { state: "not_closed" as const, number: request.number };
  if (request.surveyResponse) return { state: "done" as const, number: request.number };
  return { state: "open" as const, number: request.number };
}
