import { z } from "zod";
import { OBJECTION_GROUNDS } from "@/lib/domain/objection-grounds";
import { OBJECTION_STATUSES } from "@/lib/domain/objection-workflow";

// Filters of the objection register (/kantor/keberatan) and its export: GET parameters in
// Indonesian, so a filtered view can be bookmarked and exported as shown. Unknown values are
// dropped (the page shows everything) rather than failing.

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ZObjectionRegisterQuery = z.object({
  tahun: optional(z.coerce.number().int().min(2000).max(2100)),
  status: optional(z.enum(OBJECTION_STATUSES)),
  alasan: optional(z.enum(OBJECTION_GROUNDS)),
  terlambat: optional(z.enum(["1"])),
  q: optional(z.string().trim().max(100).transform((v) => v || undefined)),
  /** The page of the register on screen (OBJECTION_PAGE_SIZE rows); the export ignores it. */
  halaman: optional(z.coerce.number().int().min(1).max(100_000)),
  /** "lengkap": every statutory column on screen; the export always has them all. */
  tampilan: optional(z.enum(["lengkap"])),
});
export type ObjectionRegisterQuery = z.infer<typeof ZObjectionRegisterQuery>;

export const OBJECTION_PAGE_SIZE = 50;

export function parseObjectionRegisterQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): ObjectionRegisterQuery {
  const flat: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const v = Array.isArray(value) ? value[0] : value;
    if (typeof v === "string" && v !== "") flat[key] = v;
  }
  return ZObjectionRegisterQuery.parse(flat);
}

/** The same filters as a query string (for the export links). */
export function objectionQueryString(query: ObjectionRegisterQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}
