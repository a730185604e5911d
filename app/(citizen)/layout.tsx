import { Shell } from "@/components/layout/shell";
import { loadShell } from "@/lib/server/queries/shell";

export default async function Layout({ children }: { children: React.ReactNode }) {
  const { office, account } = await loadShell("server");
  return <Shell office={office} account={account}>{children}</Shell>;
}
