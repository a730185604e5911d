import Link from "next/link";

// The three public lists the law requires: DIP (Pasal 9–11), DIK (Pasal 17) and serta merta (Pasal 10).
const TABS = [
  { key: "dip", href: "/informasi-publik", label: "Daftar Informasi Publik" },
  { key: "serta-merta", href: "/serta-merta", label: "Informasi serta merta" },
  { key: "dik", href: "/informasi-dikecualikan", label: "Informasi yang dikecualikan" },
] as const;

export function DipPublicTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Jenis daftar informasi" className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((t) => {
          const active = t.key === current;
          return (
            <li key={t.key}>
              <Link
                href={t.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px block rounded-t border px-4 py-2 ${
                  active ? "border-slate-300 border-b-slate-50 bg-slate-50 font-semibold text-brand-900" : "border-transparent text-brand-700 underline hover:text-brand-900"
                }`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
