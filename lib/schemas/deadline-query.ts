import { z } from "zod";
import { DEADLINE_RULE_NAMES, DEADLINE_RULES, isValidLocalDate, type DeadlineRule } from "@/lib/domain/calendar";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export type DeadlineQueryError = { parameter: "rule" | "start"; expected: string; message: string };

/** Parses ?rule=&start= for the public JSON endpoint; the error names the parameter and the format. */
export function parseDeadlineQuery(params: URLSearchParams): { ok: true; rule: DeadlineRule; start: string } | { ok: false; error: DeadlineQueryError } {
  const rule = ZDeadlineRule.safeParse(params.get("rule") ?? undefined);
  if (!rule.success) {
    return {
      ok: false,
      error: { parameter: "rule", expected: `salah satu dari: ${DEADLINE_RULE_NAMES.join(", ")}`, message: "Parameter 'rule' kosong atau tidak dikenal." },
    };
  }
  const start = params.get("start")?.trim() ?? "";
  const receipt = DEADLINE_RULES[rule.data].startsAt === "RECEIPT";
  const valid = receipt ? ISO_INSTANT.test(start) && !Number.isNaN(Date.parse(start)) && isValidLocalDate(start.slice(0, 10)) : isValidLocalDate(start);
  const year = Number(start.slice(0, 4));
  if (!valid || year < 1970 || year > 2199) {
    return {
      ok: false,
      error: receipt
        ? { parameter: "start", expected: "tanggal-waktu ISO-8601 dengan zona, mis. 2026-03-17T10:00:00+08:00", message: "Parameter 'start' harus berupa waktu penerimaan lengkap dengan zona waktu." }
        : { parameter: "start", expected: "tanggal YYYY-MM-DD, mis. 2026-03-17", message: "Parameter 'start' harus berupa tanggal YYYY-MM-DD yang ada." },
    };
  }
  return { ok: true, rule: rule.data, start };
}

export const ZDeadlineRule = z.enum(DEADLINE_RULE_NAMES as unknown as [DeadlineRule, ...DeadlineRule[]]);

/** The calculator form: a rule, a date and (for receipt rules) an office-local time. */
export const ZDeadlineCalculatorInput = z.object({
  rule: ZDeadlineRule,
  date: z.string().refine((v) => isValidLocalDate(v), "Isi tanggal yang benar."),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Isi jam dalam format JJ:MM.").default("09:00"),
});
export type TDeadlineCalculatorInput = z.infer<typeof ZDeadlineCalculatorInput>;
