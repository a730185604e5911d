import "server-only";
import { safeLink } from "@/lib/domain/dip-format";
import { Prisma } from "@/lib/generated/prisma/client";
import { DIP_PUBLIC_CATEGORIES, effectiveSort, type DipForm, type DipPublicCategory, type DipQuery } from "@/lib/schemas/dip-query";
import { db } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import type { PublicDipDocument, PublicDipItem, PublicDipPage } from "@/lib/view-types/dip";

// The public catalogue (UU 14/2008 Pasal 9–11). Only PUBLISHED entries of the three public categories
// ever leave this module; exempt entries (Pasal 17) have their own query without any content.

// The stored vector (a generated column over title and summary, Indonesian stemming; migration
// dip_search_vector) with its GIN index: matching and ranking read it instead of computing
// to_tsvector for every matching row.
const SEARCH_VECTOR = Prisma.sql`d."searchVector"`;
const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('indonesian'::regconfig, ${q})`;

const EXPORT_LIMIT = 10_000;

function whereSql(query: DipQuery): Prisma.Sql {
  const parts = [
    Prisma.sql`d."status" = 'PUBLISHED'`,
    Prisma.sql`d."category" IN (${Prisma.join(DIP_PUBLIC_CATEGORIES.map((c) => Prisma.sql`${c}::"DipCategory"`))})`,
  ];
  if (query.category) parts.push(Prisma.sql`d."category" = ${query.category}::"DipCategory"`);
  if (query.unit) parts.push(Prisma.sql`upper(u."code") = ${query.unit}`);
  if (query.year) parts.push(Prisma.sql`d."year" = ${query.year}::int`);
  if (query.form) parts.push(Prisma.sql`d."form" = ${query.form}::"InfoForm"`);
  // The DIP number matches too, so "dip-001" typed in the search box finds that entry. Both sides of
  // the OR can use an index (GIN on the vector, the unique btree on "number").
  if (query.q) parts.push(Prisma.sql`(${SEARCH_VECTOR} @@ ${tsQuery(query.q)} OR d."number" = ${query.q.toUpperCase()})`);
  return Prisma.join(parts, " AND ");
}

function orderSql(query: DipQuery): Prisma.Sql {
  const sort = effectiveSort(query);
  if (sort === "judul") return Prisma.sql`lower(d."title") ASC, d."number" ASC`;
  if (sort === "relevansi" && query.q) {
    return Prisma.sql`ts_rank(${SEARCH_VECTOR}, ${tsQuery(query.q)}) DESC, d."publishedAt" DESC NULLS LAST, d."number" ASC`;
  }
  return Prisma.sql`d."publishedAt" DESC NULLS LAST, d."number" ASC`;
}

async function countMatches(query: DipQuery): Promise<number> {
  const rows = await db().$queryRaw<{ total: bigint | number }[]>`
    SELECT count(*) AS total FROM "DipEntry" d JOIN "Unit" u ON u."id" = d."unitId" WHERE ${whereSql(query)}`;
  return Number(rows[0]?.total ?? 0);
}

const INCLUDE = {
  unit: { select: { code: true, name: true } },
  attachments: { where: { purpose: "DIP_DOCUMENT" }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.DipEntryInclude;

type LoadedEntry = Prisma.DipEntryGetPayload<{ include: typeof INCLUDE }>;

function toPublicItem(row: LoadedEntry): PublicDipItem {
  return {
    number: row.number,
    title: row.title,
    summary: row.summary,
    category: row.category as DipPublicCategory,
    unitCode: row.unit.code,
    unitName: row.unit.name,
    responsible: row.responsible,
    producedWhen: row.producedWhen,
    producedWhere: row.producedWhere,
    form: row.form,
    retention: row.retention,
    year: row.year,
    link: safeLink(row.link),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    documents: row.attachments.map((a) => ({ id: a.id, name: a.fileName, size: a.size, type: a.mimeType })),
  };
}

// One statement loads a page: the ids in their order (the ARRAY keeps the subquery's ORDER BY,
// WITH ORDINALITY numbers them), each entry with its unit and its public documents. It replaced
// ids-then-findMany-with-include (four round trips and Prisma's relation stitching in JS): the
// search page's render time, not its SQL, was what bounded it.
type ItemRow = Omit<PublicDipItem, "category" | "form" | "link" | "documents"> & {
  category: string;
  form: string;
  link: string | null;
  documents: PublicDipDocument[];
};

async function findItems(query: DipQuery, limit: number, offset: number): Promise<PublicDipItem[]> {
  // The documents in one aggregate over the page's ids (index Attachment(dipEntryId, createdAt)).
  const rows = await db().$queryRaw<ItemRow[]>`
    WITH p AS (
      SELECT p."id", p."ord" FROM unnest(ARRAY(
        SELECT d."id" FROM "DipEntry" d JOIN "Unit" u ON u."id" = d."unitId"
        WHERE ${whereSql(query)}
        ORDER BY ${orderSql(query)}
        LIMIT ${limit}::int OFFSET ${offset}::int
      )) WITH ORDINALITY AS p("id", "ord")
    ), docs AS (
      SELECT a."dipEntryId" AS "id",
        json_agg(json_build_object('id', a."id", 'name', a."fileName", 'size', a."size", 'type', a."mimeType") ORDER BY a."createdAt" ASC, a."id" ASC) AS "documents"
      FROM "Attachment" a WHERE a."purpose" = 'DIP_DOCUMENT' AND a."dipEntryId" IN (SELECT "id" FROM p)
      GROUP BY a."dipEntryId"
    )
    SELECT d."number", d."title", d."summary", d."category"::text AS "category", u."code" AS "unitCode", u."name" AS "unitName",
      d."responsible", d."producedWhen", d."producedWhere", d."form"::text AS "form", d."retention", d."year", d."link",
      d."publishedAt", d."updatedAt", COALESCE(docs."documents", '[]'::json) AS "documents"
    FROM p JOIN "DipEntry" d ON d."id" = p."id" JOIN "Unit" u ON u."id" = d."unitId" LEFT JOIN docs ON docs."id" = d."id"
    ORDER BY p."ord"`;
  return rows.map((row) => ({
    ...row,
    category: row.category as DipPublicCategory,
    form: row.form as DipForm,
    year: Number(row.year),
    link: safeLink(row.link),
    documents: row.documents.map((doc) => ({ id: doc.id, name: doc.name, size: Number(doc.size), type: doc.type })),
  }));
}

/** One page of the published catalogue, filtered, searched (Indonesian stemming) and sorted. */
export async function searchPublishedDip(query: DipQuery): Promise<PublicDipPage> {
  const { page, pageSize } = query;
  const [items, total] = await Promise.all([findItems(query, pageSize, (page - 1) * pageSize), countMatches(query)]);
  return { items, total, page, pageSize };
}

/** Every published entry matching the filters, for the CSV export (no pagination). */
export async function listPublishedDipForExport(query: DipQuery): Promise<PublicDipItem[]> {
  return findItems(query, EXPORT_LIMIT, 0);
}

/** The entry page: null for drafts, unpublished and exempt entries alike (the page answers 404). */
export async function getPublishedDipByNumber(number: string): Promise<PublicDipItem | null> {
  const wanted = number.trim();
  if (!/^[A-Za-z0-9._\/-]{1,60}$/.test(wanted)) return null;
  const row = await db().dipEntry.findFirst({
    where: { number: { equals: wanted, mode: "insensitive" }, status: "PUBLISHED", category: { in: [...DIP_PUBLIC_CATEGORIES] } },
    include: INCLUDE,
  });
  return row ? toPublicItem(row) : null;
}

/** Units that hold at least one published public entry, for the filter list. */
export async function listDipUnits(): Promise<{ code: string; name: string }[]> {
  return db().unit.findMany({
    where: { dipEntries: { some: { status: "PUBLISHED", category: { in: [...DIP_PUBLIC_CATEGORIES] } } } },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Years that have published public entries, newest first, for the filter list. */
export async function listDipYears(): Promise<number[]> {
  const rows = await db().dipEntry.findMany({
    where: { status: "PUBLISHED", category: { in: [...DIP_PUBLIC_CATEGORIES] } },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

// Public pages read through the public cache (revoked by every DIP workflow service). Search with
// a query stays uncached: its keys are whatever visitors type.
const DIP = [PUBLIC_TAGS.dip];
export const getPublishedDipByNumberCached = cachedPublicQuery({ key: "dip-entry", tags: DIP, atBuild: null }, getPublishedDipByNumber);
export const listDipUnitsCached = cachedPublicQuery({ key: "dip-units", tags: DIP, atBuild: [] }, listDipUnits);
export const listDipYearsCached = cachedPublicQuery({ key: "dip-years", tags: DIP, atBuild: [] }, listDipYears);
const firstPage = cachedPublicQuery(
  { key: "dip-first-page", tags: DIP, atBuild: { items: [], total: 0, page: 1, pageSize: 20 } as PublicDipPage },
  (query: DipQuery) => searchPublishedDip(query),
);

/** The catalogue page as the list shows it: the unfiltered first pages come from the cache. */
export function searchPublishedDipForPage(query: DipQuery): Promise<PublicDipPage> {
  const plain = !query.q && !query.category && !query.unit && !query.year && !query.form && !query.sort && query.page <= 5;
  return plain ? firstPage(query) : searchPublishedDip(query);
}
