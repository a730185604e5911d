import type { Metadata } from "next";
import { DeadlineResultView } from "@/components/calculator/deadline-result";
import { DEADLINE_RULE_ORDER } from "@/components/procedures/rule-order";
import { FormAlert } from "@/components/ui/form-alert";
import { PageTitle } from "@/components/ui/page-title";
import { computeDeadline, DEADLINE_RULES, officeLocalToInstant, timeZoneAbbreviation, type DeadlineResult } from "@/lib/domain/calendar";
import { ZDeadlineCalculatorInput } from "@/lib/schemas/deadline-query";
import { getCalendarConfig } from "@/lib/server/queries/calendar";

export const calculatorMetadata: Metadata = {
  title: "Kalkulator Hari Kerja",
  description: "Hitung batas waktu layanan informasi publik dalam hari kerja, dengan hari libur nasional dan cuti bersama.",
};

export type CalculatorSearch = { aturan?: string; tanggal?: string; jam?: string };

/**
 * The calculator: with a question (?aturan=…&tanggal=…) rendered per request; the empty form is
 * served from the cache through its twin /kalkulator-hari-kerja/formulir (next.config rewrites()).
 */
export async function CalculatorBody({ sp }: { sp: CalculatorSearch }) {
  const config = await getCalendarConfig();
  const zone = timeZoneAbbreviation(config.timeZone);
  const asked = sp.aturan !== undefined || sp.tanggal !== undefined;
  const parsed = ZDeadlineCalculatorInput.safeParse({ rule: sp.aturan, date: sp.tanggal, time: sp.jam || undefined });
  let result: DeadlineResult | null = null;
  let error: string | undefined;
  if (asked && !parsed.success) error = "Pilih aturan dan isi tanggal (serta jam) yang benar.";
  if (parsed.success) {
    const { rule, date, time } = parsed.data;
    const [hours, minutes] = time.split(":").map(Number);
    try {
      const start = DEADLINE_RULES[rule].startsAt === "RECEIPT" ? officeLocalToInstant(date, config.timeZone, { hours, minutes }) : date;
      result = computeDeadline(rule, start, config);
    } catch {
      error = "Tanggal di luar rentang yang dapat dihitung.";
    }
  }
  const input = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <>
      <PageTitle lead={`Hitung batas waktu layanan informasi dalam hari kerja kantor ini (zona ${zone}). Sabtu, Minggu, hari libur nasional, cuti bersama${config.cutiBersamaIsWorkingDay ? " (di kantor ini cuti bersama tetap hari kerja)" : ""}, dan libur daerah tidak dihitung.`}>
        Kalkulator Hari Kerja
      </PageTitle>
      <form action="/kalkulator-hari-kerja" method="get" className="mb-6 grid max-w-3xl gap-4 sm:grid-cols-3">
        {/* A list of radios, not a select: each rule's long name wraps on a 360 px phone instead of being cut off. */}
        <fieldset className="sm:col-span-3">
          <legend className="font-medium">Aturan</legend>
          <ul className="mt-1 grid gap-1 md:grid-cols-2">
            {DEADLINE_RULE_ORDER.map((r) => (
              <li key={r}>
                <label className="flex min-w-0 items-start gap-2 rounded border border-slate-200 bg-white px-3 py-2">
                  <input type="radio" name="aturan" value={r} defaultChecked={(sp.aturan ?? "REQUEST_RESPONSE") === r} className="mt-1 h-4 w-4 shrink-0" />
                  <span className="min-w-0 break-words">
                    <span className="font-medium">{DEADLINE_RULES[r].label}</span>
                    <span className="block text-sm text-slate-700">sejak {DEADLINE_RULES[r].startLabel}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <label htmlFor="tanggal" className="block font-medium">Tanggal mulai</label>
          <input id="tanggal" name="tanggal" type="date" required defaultValue={sp.tanggal} className={input} />
        </div>
        <div>
          <label htmlFor="jam" className="block font-medium">Jam ({zone})</label>
          <input id="jam" name="jam" type="time" defaultValue={sp.jam ?? "09:00"} aria-describedby="jam-hint" className={input} />
          <p id="jam-hint" className="text-sm text-slate-700">Dipakai untuk aturan yang dihitung sejak penerimaan.</p>
        </div>
        <div className="self-end">
          <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">Hitung</button>
        </div>
      </form>
      <FormAlert message={error} />
      {result && <DeadlineResultView result={result} zoneLabel={zone} />}
      <p className="mt-6 text-sm text-slate-700">
        Untuk sistem lain: <code>/api/v1/deadline?rule=REQUEST_RESPONSE&amp;start=2026-03-17T10:00:00+08:00</code> memberi hasil yang sama dalam JSON.
      </p>
    </>
  );
}
