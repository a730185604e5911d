import { Shell } from "@/components/layout/shell";
import { loadShell } from "@/lib/server/queries/shell";

// Public pages carry nothing personal, so those without a request-time input are served from the
// cache (lib/server/public-cache.ts); the signed-in header part is a client island.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const { office } = await loadShell("island");
  return <Shell office={office}>{children}</Shell>;
}
