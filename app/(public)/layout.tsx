import { Shell } from "@/components/layout/shell";

// Public pages carry nothing personal, so those without a request-time input are served from the
// cache (lib/server/public-cache.ts); the signed-in header part is a client island.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <Shell account="island">{children}</Shell>;
}
