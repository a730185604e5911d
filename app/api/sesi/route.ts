import { ROLE_LABELS, landingPathFor } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header island on cached public pages (components/layout/account-menu).
 * Never cached anywhere: the cached page itself carries nothing personal.
 */
export async function GET() {
  const user = await getCurrentUser();
  const body = user ? { name: user.name, roleLabel: ROLE_LABELS[user.role], home: landingPathFor(user.role) } : null;
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
