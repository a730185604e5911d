import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Portal PPID", template: "%s — Portal PPID" },
  description: "Layanan informasi publik: Daftar Informasi Publik, permohonan informasi, keberatan, dan pelacakan permohonan.",
  // public/: favicon.ico (browsers ask for it on every page), icon.svg, apple-touch-icon.png.
  icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5540" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen flex flex-col">
        <a href="#konten" className="skip-link">
          Langsung ke konten utama
        </a>
        {children}
      </body>
    </html>
  );
}
