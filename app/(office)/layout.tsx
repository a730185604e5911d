import { Shell } from "@/components/layout/shell";

// The back office frame only: every page under it checks its own permission (lib/server/session.ts).
export default function OfficeLayout({ children }: { children: React.ReactNode }) {
  return <Shell wide>{children}</Shell>;
}
