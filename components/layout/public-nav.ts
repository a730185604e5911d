export const PUBLIC_NAV = [
  { href: "/", label: "Beranda" },
  { href: "/profil", label: "Profil" },
  { href: "/informasi-publik", label: "Informasi Publik" },
  { href: "/permohonan", label: "Permohonan" },
  { href: "/keberatan", label: "Keberatan" },
  { href: "/lacak", label: "Lacak Permohonan" },
  { href: "/pengaduan", label: "Pengaduan" },
  { href: "/statistik", label: "Statistik" },
] as const;
