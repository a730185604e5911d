import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/server/env";
import { signAccessToken, TRACK_COOKIE, TRACK_TTL_SECONDS, verifyAccessToken } from "@/lib/server/access-token";

/** After number + code were checked: the request stays open on /lacak for 30 minutes (signed cookie). */
export async function openTracking(requestId: string): Promise<void> {
  (await cookies()).set(TRACK_COOKIE, signAccessToken("track", requestId, TRACK_TTL_SECONDS), {
    httpOnly: true,
    sameSite: "lax",
    secure: (env().PUBLIC_URL ?? "").startsWith("https:"),
    path: "/",
    maxAge: TRACK_TTL_SECONDS,
  });
}

/** The request opened by this browser's tracking cookie, if still valid. */
export async function trackedRequestId(): Promise<string | null> {
  return verifyAccessToken((await cookies()).get(TRACK_COOKIE)?.value, "track");
}

/** Same, from a route handler's request. */
export function trackedRequestIdFrom(request: Request): string | null {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(/;\s*/).find((c) => c.startsWith(`${TRACK_COOKIE}=`));
  return verifyAccessToken(match ? decodeURIComponent(match.slice(TRACK_COOKIE.length + 1)) : null, "track");
}
