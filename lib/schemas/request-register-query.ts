import { z } from "zod";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { REQUEST_CHANNELS, REQUEST_OUTCOMES, REQUEST_STATUSES, type RequestChannel, type RequestOutcome, type RequestStatus } from "@/lib/domain/request-workflow";

// The query string of the request register (/kantor/permohonan) and its exports
// (/api/kantor/permohonan/export): one schema, Indonesian parameter names so a filtered view can be
// shared as a link. The page is lenient (a bad value is ignored); the export is strict (HTTP 400).

export const REGISTER_PAGE_SIZE = 25;
export const REGISTER_MAX_PAGE_SIZE = 100;
/** "berjalan": every status in which the response deadline still runs. */
export const REGISTER_OPEN = "BERJALAN" as const;
export const REGISTER_SORTS = ["nomor", "diterima", "tenggat", "pemohon", "status"] as const;
export const REGISTER_DIRECTIONS = ["naik", "turun"] as const;
export const MAX_DUE_WITHIN = 30;

export type RegisterSort = (typeof REGISTER_SORTS)[number];
export type RegisterDirection = (typeof REGISTER_DIRECTIONS)[number];

export type RequestRegisterQuery = {
  status?: RequestStatus | typeof REGISTER_OPEN;
  /** Unit code, e.g. DINKES. */
  unit?: string;
  channel?: RequestChannel;
  outcome?: RequestOutcome;
  /** Running requests due within this many working days (not yet overdue). */
  dueWithin?: number;
  /** Running requests whose response deadline has passed. */
  overdue?: boolean;
  year?: number;
  /** Received on or after / on or before this office-local date (YYYY-MM-DD), e.g. a report's period. */
  receivedFrom?: string;
  receivedTo?: string;
  /** Only requests never forwarded to a unit (handled by the PPID Utama itself). */
  noUnit?: boolean;
  q?: string;
  sort: RegisterSort;
  direction: RegisterDirection;
  page: number;
  pageSize: number;
  /** "lengkap": every statutory column on screen (the exports always carry them all). */
  full?: boolean;
};

export type RegisterQueryError = { parameter: string; expected: string; message: string };

const upperEnum = <T extends readonly [string, ...string[]]>(values: T) => z.string().trim().toUpperCase().pipe(z.enum(values));
const intBetween = (min: number, max: number) =>
  z.string().trim().regex(/^\d{1,7}$/).transform(Number).pipe(z.number().int().min(min).max(max));

type Field = { key: keyof RequestRegisterQuery; name: string; schema: z.ZodType; expected: string };

const FIELDS: Field[] = [
  { key: "status", name: "status", schema: upperEnum([REGISTER_OPEN, ...REQUEST_STATUSES]), expected: `${REGISTER_OPEN}, ${REQUEST_STATUSES.join(", ")}` },
  { key: "unit", name: "unit", schema: z.string().trim().toUpperCase().regex(/^[A-Z0-9_.-]{1,40}$/), expected: "kode unit, mis. DINKES" },
  { key: "channel", name: "saluran", schema: upperEnum(REQUEST_CHANNELS), expected: REQUEST_CHANNELS.join(", ") },
  { key: "outcome", name: "hasil", schema: upperEnum(REQUEST_OUTCOMES), expected: REQUEST_OUTCOMES.join(", ") },
  { key: "dueWithin", name: "tenggat", schema: intBetween(0, MAX_DUE_WITHIN), expected: `jumlah hari kerja 0–${MAX_DUE_WITHIN}` },
  { key: "overdue", name: "terlambat", schema: z.string().trim().toLowerCase().pipe(z.enum(["1", "ya", "true"])).transform(() => true), expected: "1" },
  { key: "year", name: "tahun", schema: z.string().trim().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(2000).max(2200)), expected: "tahun empat angka" },
  { key: "receivedFrom", name: "dari", schema: z.string().trim().refine(isValidLocalDate), expected: "tanggal YYYY-MM-DD" },
  { key: "receivedTo", name: "sampai", schema: z.string().trim().refine(isValidLocalDate), expected: "tanggal YYYY-MM-DD" },
  { key: "noUnit", name: "tanpaUnit", schema: z.string().trim().toLowerCase().pipe(z.enum(["1", "ya", "true"])).transform(() => true), expected: "1" },
  { key: "q", name: "q", schema: z.string().trim().transform((v) => v.slice(0, 100).trim()), expected: "teks pencarian" },
  { key: "sort", name: "urut", schema: z.string().trim().toLowerCase().pipe(z.enum(REGISTER_SORTS)), expected: REGISTER_SORTS.join(", ") },
  { key: "direction", name: "arah", schema: z.string().trim().toLowerCase().pipe(z.enum(REGISTER_DIRECTIONS)), expected: REGISTER_DIRECTIONS.join(", ") },
  { key: "page", name: "halaman", schema: intBetween(1, 100_000), expected: "bilangan bulat mulai 1" },
  { key: "full", name: "tampilan", schema: z.string().trim().toLowerCase().pipe(z.enum(["lengkap"])).transform(() => true), expected: "lengkap" },
  { key: "pageSize", name: "perHalaman", schema: intBetween(1, REGISTER_MAX_PAGE_SIZE), expected: `bilangan bulat 1–${REGISTER_MAX_PAGE_SIZE}` },
];

export const REGISTER_DEFAULTS = { sort: "nomor", direction: "turun", page: 1, pageSize: REGISTER_PAGE_SIZE } as const;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function parse(params: RawParams, strict: boolean): { ok: true; query: RequestRegisterQuery } | { ok: false; error: RegisterQueryError } {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = first(params, field.name);
    // A GET form sends empty selects ("status="): that means "any", not an error.
    if (raw === undefined || raw.trim() === "") continue;
    const result = field.schema.safeParse(raw);
    if (result.success) {
      if (result.data !== "") out[field.key] = result.data;
    } else if (strict) {
      return { ok: false, error: { parameter: field.name, expected: field.expected, message: `Parameter '${field.name}' tidak valid.` } };
    }
  }
  return { ok: true, query: { ...REGISTER_DEFAULTS, ...out } as RequestRegisterQuery };
}

export function parseRegisterQueryStrict(params: RawParams) {
  return parse(params, true);
}

export function parseRegisterQueryLenient(params: RawParams): RequestRegisterQuery {
  const result = parse(params, false);
  return result.ok ? result.query : { ...REGISTER_DEFAULTS };
}

/** The shareable query string of a register view (defaults left out); `over` replaces fields. */
export function registerQueryString(query: RequestRegisterQuery, over: Partial<RequestRegisterQuery> = {}): string {
  const q = { ...query, ...over };
  const params = new URLSearchParams();
  if (q.status) params.set("status", q.status);
  if (q.unit) params.set("unit", q.unit);
  if (q.channel) params.set("saluran", q.channel);
  if (q.outcome) params.set("hasil", q.outcome);
  if (q.dueWithin !== undefined) params.set("tenggat", String(q.dueWithin));
  if (q.overdue) params.set("terlambat", "1");
  if (q.year) params.set("tahun", String(q.year));
  if (q.receivedFrom) params.set("dari", q.receivedFrom);
  if (q.receivedTo) params.set("sampai", q.receivedTo);
  if (q.noUnit) params.set("tanpaUnit", "1");
  if (q.q) params.set("q", q.q);
  if (q.sort !== REGISTER_DEFAULTS.sort) params.set("urut", q.sort);
  if (q.direction !== REGISTER_DEFAULTS.direction) params.set("arah", q.direction);
  if (q.page > 1) params.set("halaman", String(q.page));
  if (q.pageSize !== REGISTER_PAGE_SIZE) params.set("perHalaman", String(q.pageSize));
  if (q.full) params.set("tampilan", "lengkap");
  const text = params.toString();
  return text ? `?${text}` : "";
}
