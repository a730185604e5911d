import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getOffice } from "@/lib/server/queries/office";
import { getCurrentUser } from "@/lib/server/session";

/** The frame every page shares: header with navigation, main landmark, footer with contacts. */
export async function Shell({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  const [office, user] = await Promise.all([getOffice(), getCurrentUser()]);
  return (
    <>
      <SiteHeader officeName={office.name} bodyName={office.bodyName} isDemo={office.isDemo} user={user} />
      <main id="konten" tabIndex={-1} className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-6xl"}`}>
        {children}
      </main>
      <SiteFooter office={office} />
    </>
  );
}
