import "server-only";
import { createHmac } from "node:crypto";
import { safeEqual } from "@/lib/server/safe-equal";

// The one-time survey link of a closed request: "<request id>.<tag>", the tag an HMAC of the id
// keyed by the request's access code. Only whoever holds the receipt (or the closing mail) can make
// it, nothing is stored for it, and "one time" is the unique index on SurveyResponse.requestId.

const ID = /^[a-z0-9]{10,40}$/;

function tag(requestId: string, accessCode: string): string {
  return createHmac("sha256", accessCode).update(`survei:${requestId}`).digest("base64url").slice(0, 22);
}

export function surveyToken(requestId: string, accessCode: string): string {
  return `${requestId}.${tag(requestId, accessCode)}`;
}

/** The request id a token names, unchecked (the caller loads the request and calls verifySurveyToken). */
export function surveyTokenRequestId(token: string): string | null {
  if (typeof token !== "string" || token.length > 80) return null;
  const [id, given, extra] = token.split(".");
  if (!id || !given || extra !== undefined || !ID.test(id)) return null;
  return id;
}

export function verifySurveyToken(token: string, requestId: string, accessCode: string): boolean {
  if (surveyTokenRequestId(token) !== requestId) return false;
  return safeEqual(token, surveyToken(requestId, accessCode));
}
