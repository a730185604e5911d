import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import type { AccountSummary } from "@/components/layout/account-menu";
import { ROLE_LABELS, landingPathFor } from "@/lib/domain/roles";
import { getOffice } from "@/lib/server/queries/office";
import { getCurrentUser } from "@/lib/server/session";

type Props = {
  children: React.ReactNode;
  wide?: boolean;
  /**
   * "server": the header reads the session (signed-in areas, rendered per request).
   * "island": nothing personal in the HTML, so the page can be cached; the header asks the browser.
   */
  account?: "server" | "island";
};

/** The frame every page shares: header with navigation, main landmark, footer with contacts. */
export async function Shell({ children, wide = false, account = "server" }: Props) {
  const [office, summary] = await Promise.all([getOffice(), account === "server" ? readAccount() : undefined]);
  return (
    <>
      <SiteHeader officeName={office.name} bodyName={office.bodyName} isDemo={office.isDemo} account={summary} />
      <main id="konten" tabIndex={-1} className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-6xl"}`}>
        {children}
      </main>
      <SiteFooter office={office} />
    </>
  );
}

async function readAccount(): Promise<AccountSummary | null> {
  const user = await getCurrentUser();
  return user ? { name: user.name, roleLabel: ROLE_LABELS[user.role], home: landingPathFor(user.role) } : null;
}
