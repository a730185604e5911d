import type { Metadata } from "next";
import { DipListBody, dipListMetadata, type DipSearchParams } from "./dip-list-body";

type Props = { searchParams: Promise<DipSearchParams> };

// A search, a filter or a page number: rendered per request. Without any of them next.config
// rewrites() sends the visit to the cached twin /informasi-publik/daftar.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return dipListMetadata(await searchParams);
}

export default async function DipListPage({ searchParams }: Props) {
  return <DipListBody searchParams={await searchParams} />;
}
