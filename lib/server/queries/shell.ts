import "server-only";
import { ROLE_LABELS, landingPathFor } from "@/lib/domain/roles";
import { getOffice } from "@/lib/server/queries/office";
import { getCurrentUser } from "@/lib/server/session";
import type { AccountSummary } from "@/lib/view-types/account";
import type { OfficeSettings } from "@/lib/view-types/office";

/** Who is signed in, as the header shows it (server-rendered, or asked by the island at /api/sesi). */
export async function getAccountSummary(): Promise<AccountSummary | null> {
  const user = await getCurrentUser();
  return user ? { name: user.name, roleLabel: ROLE_LABELS[user.role], home: landingPathFor(user.role) } : null;
}

/**
 * What the frame of every page shows: the office, and, for `account: "server"`, the signed-in
 * account. "island" leaves the account out so the page stays the same for everyone (cacheable).
 */
export async function loadShell(account: "server" | "island"): Promise<{ office: OfficeSettings; account?: AccountSummary | null }> {
  const [office, summary] = await Promise.all([getOffice(), account === "server" ? getAccountSummary() : undefined]);
  return { office, account: summary };
}
