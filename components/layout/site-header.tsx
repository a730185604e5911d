import Link from "next/link";
import { PUBLIC_NAV } from "@/components/layout/public-nav";
import { LogoMark } from "@/components/layout/logo-mark";
import { AccountMenu } from "@/components/layout/account-menu";
import type { AccountSummary } from "@/lib/view-types/account";

// `account` undefined: a cached public page, the island asks who is signed in after load.
// The frame's links do not prefetch: on every page view they would fetch up to ten pages (the
// dynamic ones rendered on the server each time) and parse them on the phone's main thread.
type Props = { officeName: string; bodyName: string; isDemo: boolean; account?: AccountSummary | null };

/** Works without JavaScript: the menu is a <details>, folded on small screens and open on wide ones. */
export function SiteHeader({ officeName, bodyName, isDemo, account }: Props) {
  return (
    <header className="bg-brand-800 text-white">
      {isDemo && (
        <p className="bg-accent-600 px-4 py-1 text-center text-sm font-medium">
          Data demo: kantor, akun, dan dokumen di portal ini adalah contoh, bukan data resmi.
        </p>
      )}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-3 rounded">
          <LogoMark label="Logo kantor" />
          <span>
            <span className="block text-lg font-bold leading-tight">{officeName}</span>
            <span className="block text-sm text-brand-100">{bodyName}</span>
          </span>
        </Link>
        <div className="ml-auto flex items-center gap-2 text-sm">
          <AccountMenu initial={account} />
        </div>
      </div>
      {/* One list for every width (it is rendered and sent once): below 768 px a folded <details>,
          from 768 px always open with its summary hidden (globals.css, .site-menu). No JavaScript. */}
      <nav aria-label="Navigasi utama" className="bg-brand-900">
        <details className="site-menu mx-auto max-w-6xl px-4">
          <summary className="cursor-pointer py-2 font-medium">Menu</summary>
          <ul>
            {PUBLIC_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </details>
      </nav>
    </header>
  );
}
