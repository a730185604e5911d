import Link from "next/link";
import { PUBLIC_NAV } from "@/components/layout/public-nav";
import { LogoMark } from "@/components/layout/logo-mark";
import { AccountMenu } from "@/components/layout/account-menu";
import type { AccountSummary } from "@/lib/view-types/account";

// `account` undefined: a cached public page, the island asks who is signed in after load.
type Props = { officeName: string; bodyName: string; isDemo: boolean; account?: AccountSummary | null };

/** Works without JavaScript: the menu is a <details> on small screens and a plain list on wide ones. */
export function SiteHeader({ officeName, bodyName, isDemo, account }: Props) {
  return (
    <header className="bg-brand-800 text-white">
      {isDemo && (
        <p className="bg-accent-600 px-4 py-1 text-center text-sm font-medium">
          Data demo: kantor, akun, dan dokumen di portal ini adalah contoh, bukan data resmi.
        </p>
      )}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 rounded">
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
      <nav aria-label="Navigasi utama" className="bg-brand-900">
        <details className="mx-auto max-w-6xl px-4 md:hidden">
          <summary className="cursor-pointer py-2 font-medium">Menu</summary>
          <NavList />
        </details>
        <div className="mx-auto hidden max-w-6xl px-4 md:block">
          <NavList />
        </div>
      </nav>
    </header>
  );
}

function NavList() {
  return (
    <ul className="flex flex-col gap-1 pb-2 md:flex-row md:gap-4 md:pb-0">
      {PUBLIC_NAV.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="block rounded px-1 py-2 hover:underline underline-offset-4">
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
