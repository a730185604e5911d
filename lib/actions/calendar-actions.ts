"use server";

import { revalidatePath } from "next/cache";
import { formatDateId } from "@/lib/domain/format-date";
import {
  ZAddHolidayInput,
  ZImportHolidaysForm,
  ZPrefillHolidaysInput,
  ZRemoveHolidayInput,
  ZSetCalendarYearOfficialInput,
  ZSetCutiBersamaWorkingDayInput,
  ZUpdateHolidayInput,
} from "@/lib/schemas/holidays";
import { createAction } from "@/lib/server/action-client";
import type { ActionResult } from "@/lib/view-types/action-result";
import { UserError } from "@/lib/server/errors";
import type { CurrentUser } from "@/lib/server/session";
import { addHoliday } from "@/lib/server/services/add-holiday";
import { importHolidayFile } from "@/lib/server/services/import-holidays";
import { prefillCalendarYear } from "@/lib/server/services/prefill-calendar-year";
import { describeRecompute, type RecomputeActor, type RecomputeSummary } from "@/lib/server/services/recompute-open-deadlines";
import { removeHoliday } from "@/lib/server/services/remove-holiday";
import { setCalendarYearOfficial } from "@/lib/server/services/set-calendar-year-official";
import { setCutiBersamaWorkingDay } from "@/lib/server/services/set-cuti-bersama-working-day";
import { updateHoliday } from "@/lib/server/services/update-holiday";
import type { RecomputeView } from "@/lib/view-types/calendar";

// Every action of the holiday calendar page: permission calendar.manage (admin), one service each;
// the answer says how many open deadlines were recomputed and lists the first ones.

const SHOWN_CHANGES = 20;

function done(message: string, summary: RecomputeSummary): ActionResult<RecomputeView> {
  // A calendar change moves deadlines shown on many pages (dashboards, case pages, tracking).
  revalidatePath("/", "layout");
  const changes = summary.changes.slice(0, SHOWN_CHANGES).map(({ caseNumber, label, from, to }) => ({ caseNumber, label, from, to }));
  return { ok: true, message: `${message} ${describeRecompute(summary)}`, data: { changed: summary.changed, changes } };
}

function actorOf(user: CurrentUser): RecomputeActor {
  return { id: user.id, role: user.role };
}

export const addHolidayAction = createAction({
  schema: ZAddHolidayInput,
  permission: "calendar.manage",
  handler: async (input, user) => {
    const outcome = await addHoliday(input, actorOf(user));
    return done(`Hari libur "${input.name}" (${formatDateId(input.date)}) ditambahkan.`, outcome.recomputed);
  },
});

export const updateHolidayAction = createAction({
  schema: ZUpdateHolidayInput,
  permission: "calendar.manage",
  handler: async (input, user) => {
    const outcome = await updateHoliday(input, actorOf(user));
    return done(`Hari libur "${input.name}" (${formatDateId(input.date)}) disimpan.`, outcome.recomputed);
  },
});

export const removeHolidayAction = createAction({
  schema: ZRemoveHolidayInput,
  permission: "calendar.manage",
  handler: async (input, user) => {
    const outcome = await removeHoliday(input, actorOf(user));
    return done(`Hari libur "${outcome.result.name}" (${formatDateId(outcome.result.date)}) dihapus.`, outcome.recomputed);
  },
});

export const importHolidaysAction = createAction({
  schema: ZImportHolidaysForm,
  permission: "calendar.manage",
  handler: async ({ file, ...input }, user) => {
    const text = await file.text();
    if (text.includes("\u0000")) {
      throw new UserError("INVALID_INPUT", "Berkas ini bukan berkas teks. Unggah berkas JSON, CSV, atau ICS.", { file: "Bukan berkas JSON, CSV, atau ICS." });
    }
    const outcome = await importHolidayFile({ ...input, fileName: file.name ?? "", text }, actorOf(user));
    const r = outcome.result;
    const counts = [`${r.added} baru`, `${r.updated} diperbarui`, ...(r.removed ? [`${r.removed} lama dihapus`] : [])].join(", ");
    const official = input.official ? ` Tahun ${input.year} ditandai sebagai kalender resmi.` : "";
    return done(`${outcome.count} hari libur tahun ${input.year} diimpor dari berkas ${outcome.format} (${counts}).${official}`, outcome.recomputed);
  },
});

export const prefillHolidaysAction = createAction({
  schema: ZPrefillHolidaysInput,
  permission: "calendar.manage",
  handler: async ({ year }, user) => {
    const outcome = await prefillCalendarYear(year, actorOf(user));
    const kept = outcome.result.unchanged ? ` ${outcome.result.unchanged} tanggal yang sudah ada tidak diubah.` : "";
    return done(
      `${outcome.result.added} hari libur sementara tahun ${year} diisi dari pustaka date-holidays.${kept} Tahun ${year} tetap belum resmi: ganti atau cocokkan dengan SKB begitu terbit.`,
      outcome.recomputed,
    );
  },
});

export const setCalendarYearOfficialAction = createAction({
  schema: ZSetCalendarYearOfficialInput,
  permission: "calendar.manage",
  handler: async (input, user) => {
    const outcome = await setCalendarYearOfficial(input, actorOf(user));
    const confirmed = outcome.result.confirmed ? ` ${outcome.result.confirmed} hari libur sementara dikonfirmasi.` : "";
    const message = input.official
      ? `Kalender tahun ${input.year} ditandai resmi.${confirmed}`
      : `Status resmi kalender tahun ${input.year} dicabut; tenggat pada tahun itu kini ditandai sementara.`;
    return done(message, outcome.recomputed);
  },
});

export const setCutiBersamaWorkingDayAction = createAction({
  schema: ZSetCutiBersamaWorkingDayInput,
  permission: "calendar.manage",
  handler: async (input, user) => {
    const outcome = await setCutiBersamaWorkingDay(input, actorOf(user));
    const message = input.cutiBersamaIsWorkingDay
      ? "Cuti bersama kini dihitung sebagai hari kerja."
      : "Cuti bersama kini dihitung sebagai hari libur (bukan hari kerja).";
    return done(message, outcome.recomputed);
  },
});
