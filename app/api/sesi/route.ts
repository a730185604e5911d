import { getAccountSummary } from "@/lib/server/queries/shell";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header island on cached public pages (components/layout/account-menu).
 * Never cached anywhere: the cached page itself carries nothing personal.
 */
export async function GET() {
  const body = await getAccountSummary();
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
