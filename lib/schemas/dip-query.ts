import { z } from "zod";

// The query string of the public catalogue, shared by /informasi-publik (lenient: a bad value falls
// back to its default, the page never fails) and /api/v1/dip (strict: 400 naming the parameter).
// URL names are Indonesian (shareable links); the English names are accepted as aliases for the API.

export const DIP_PAGE_SIZE = 20;
export const DIP_MAX_PAGE_SIZE = 100;
export const DIP_QUERY_MAX_LENGTH = 200;
// UU 14/2008 Pasal 9 (berkala), 10 (serta merta), 11 (setiap saat); Pasal 17 entries are never listed here.
export const DIP_PUBLIC_CATEGORIES = ["BERKALA", "SERTA_MERTA", "SETIAP_SAAT"] as const;
export const DIP_FORMS = ["SOFTCOPY", "HARDCOPY", "BOTH"] as const;
export const DIP_SORTS = ["relevansi", "terbaru", "judul"] as const;

export type DipPublicCategory = (typeof DIP_PUBLIC_CATEGORIES)[number];
export type DipForm = (typeof DIP_FORMS)[number];
export type DipSort = (typeof DIP_SORTS)[number];

export type DipQuery = {
  q?: string;
  category?: DipPublicCategory;
  unit?: string;
  year?: number;
  form?: DipForm;
  /** As asked; `effectiveSort` resolves "relevansi" without a search term to "terbaru". */
  sort?: DipSort;
  page: number;
  pageSize: number;
};

export type DipQueryError = { parameter: string; expected: string; message: string };

const SORT_ALIASES: Record<string, DipSort> = { relevance: "relevansi", newest: "terbaru", title: "judul" };

const upperEnum = <T extends readonly [string, ...string[]]>(values: T) => z.string().trim().toUpperCase().pipe(z.enum(values));
const positiveInt = (max: number) =>
  z.string().trim().regex(/^\d{1,7}$/).transform(Number).pipe(z.number().int().min(1).max(max));

type Field = { key: keyof DipQuery; names: [string, string?]; schema: z.ZodType; expected: string };

const FIELDS: Field[] = [
  { key: "q", names: ["q"], schema: z.string().trim().transform((v) => v.slice(0, DIP_QUERY_MAX_LENGTH).trim()), expected: "teks pencarian" },
  { key: "category", names: ["kategori", "category"], schema: upperEnum(DIP_PUBLIC_CATEGORIES), expected: DIP_PUBLIC_CATEGORIES.join(", ") },
  { key: "unit", names: ["unit"], schema: z.string().trim().toUpperCase().regex(/^[A-Z0-9_.-]{1,40}$/), expected: "kode unit, mis. DINKES" },
  {
    key: "year",
    names: ["tahun", "year"],
    schema: z.string().trim().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1900).max(2200)),
    expected: "tahun empat angka, mis. 2026",
  },
  { key: "form", names: ["bentuk", "form"], schema: upperEnum(DIP_FORMS), expected: DIP_FORMS.join(", ") },
  {
    key: "sort",
    names: ["urut", "sort"],
    schema: z.string().trim().toLowerCase().transform((v) => SORT_ALIASES[v] ?? v).pipe(z.enum(DIP_SORTS)),
    expected: DIP_SORTS.join(", "),
  },
  { key: "page", names: ["halaman", "page"], schema: positiveInt(100_000), expected: "bilangan bulat mulai 1" },
  { key: "pageSize", names: ["perHalaman", "pageSize"], schema: positiveInt(DIP_MAX_PAGE_SIZE), expected: `bilangan bulat 1–${DIP_MAX_PAGE_SIZE}` },
];

/** Every query name the catalogue reads (aliases too): STATIC_HTML_QUERY_PAGES must list the same. */
export const DIP_QUERY_NAMES: readonly string[] = FIELDS.flatMap((f) => f.names.filter((n): n is string => n !== undefined));

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function parse(params: RawParams, strict: boolean): { ok: true; query: DipQuery } | { ok: false; error: DipQueryError } {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const name = field.names.find((n) => n !== undefined && first(params, n) !== undefined) ?? field.names[0];
    const raw = first(params, name);
    // A GET form sends empty selects ("kategori="): that means "any", not an error.
    if (raw === undefined || raw.trim() === "") continue;
    const result = field.schema.safeParse(raw);
    if (result.success) {
      if (result.data !== "") out[field.key] = result.data;
      continue;
    }
    if (strict) {
      return { ok: false, error: { parameter: name, expected: field.expected, message: `Parameter '${name}' tidak valid.` } };
    }
  }
  return { ok: true, query: { page: 1, pageSize: DIP_PAGE_SIZE, ...out } as DipQuery };
}

/** For the public JSON/CSV endpoints: the first bad parameter is reported (HTTP 400). */
export function parseDipQueryStrict(params: RawParams) {
  return parse(params, true);
}

/** For the pages: bad values are ignored, so a hand-edited URL still shows the catalogue. */
export function parseDipQueryLenient(params: RawParams): DipQuery {
  const result = parse(params, false);
  return result.ok ? result.query : { page: 1, pageSize: DIP_PAGE_SIZE };
}

export function effectiveSort(query: Pick<DipQuery, "q" | "sort">): DipSort {
  if (query.sort === "relevansi" && !query.q) return "terbaru";
  return query.sort ?? (query.q ? "relevansi" : "terbaru");
}

/** The shareable query string of a catalogue view (Indonesian names, defaults left out). */
export function dipQueryString(query: Omit<DipQuery, "pageSize"> & { pageSize?: number }): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("kategori", query.category);
  if (query.unit) params.set("unit", query.unit);
  if (query.year) params.set("tahun", String(query.year));
  if (query.form) params.set("bentuk", query.form);
  if (query.sort) params.set("urut", query.sort);
  if (query.page > 1) params.set("halaman", String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
