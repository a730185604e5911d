import { Shell } from "@/components/layout/shell";
import { loadShell } from "@/lib/server/queries/shell";

// The back office frame only: every page under it checks its own permission (lib/server/session.ts).
export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const { office, account } = await loadShell("server");
  return <Shell wide office={office} account={account}>{children}</Shell>;
}
