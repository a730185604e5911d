import type { Metadata } from "next";
import { DipListBody, dipListMetadata } from "../dip-list-body";

// The plain catalogue (no search, filter or page): /informasi-publik without a query is rewritten
// here (next.config rewrites(), STATIC_HTML_QUERY_PAGES), and it reads no query string, so it is
// served from the public cache until a DIP change revokes the "dip" tag its reads carry.
export const metadata: Metadata = dipListMetadata({});

export default function DipListTwinPage() {
  return <DipListBody searchParams={{}} />;
}
