import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import type { AccountSummary } from "@/lib/view-types/account";
import type { OfficeSettings } from "@/lib/view-types/office";

type Props = {
  children: React.ReactNode;
  wide?: boolean;
  office: OfficeSettings;
  /**
   * Read by the layout with loadShell: the account for signed-in areas (rendered per request), or
   * undefined for "island" pages, where nothing personal is in the HTML and the header asks the browser.
   */
  account?: AccountSummary | null;
};

/** The frame every page shares: header with navigation, main landmark, footer with contacts. */
export function Shell({ children, wide = false, office, account }: Props) {
  return (
    <>
      <SiteHeader officeName={office.name} bodyName={office.bodyName} isDemo={office.isDemo} account={account} />
      <main id="konten" tabIndex={-1} className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-6xl"}`}>
        {children}
      </main>
      <SiteFooter office={office} />
    </>
  );
}
