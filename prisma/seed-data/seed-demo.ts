import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "../../lib/domain/holidays-data";
import { can } from "../../lib/domain/permissions";
import { DEMO_CONSEQUENCE_TESTS, DEMO_DIP } from "./dip";
import { DEMO_OFFICE, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from "./office";
import { toDbDate } from "@/lib/domain/db-date";

/**
 * Idempotent: every row is upserted on a natural key with `update: {}`, so seeding twice changes
 * nothing and never overwrites what the administrator edited since.
 */
export async function seedDemo(db: PrismaClient, options: { passwordCost?: number } = {}): Promise<void> {
  const { id, ...office } = DEMO_OFFICE;
  await db.officeSetting.upsert({ where: { id }, create: { id, ...office }, update: {} });

  const units = new Map<string, string>();
  for (const u of DEMO_UNITS) {
    const row = await db.unit.upsert({ where: { code: u.code }, create: { ...u }, update: {} });
    units.set(u.code, row.id);
  }

  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, options.passwordCost ?? 11);
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        position: u.position,
        unitId: u.unit ? units.get(u.unit) : null,
        passwordHash,
        // A citizen account carries the requester profile the filing form is pre-filled from.
        ...(can(u.role, "account.access")
          ? { requesterType: "INDIVIDUAL", phone: "081234567890", address: "Jl. Timor Raya No. 10, Oesapa, Kupang", occupation: "Wiraswasta" }
          : {}),
      },
    });
  }

  for (const h of OFFICIAL_HOLIDAYS) {
    await db.holiday.upsert({
      where: { date: toDbDate(h.date) },
      update: {},
      create: { date: toDbDate(h.date), name: h.name, kind: h.kind, source: h.source ?? null },
    });
  }
  for (const year of OFFICIAL_CALENDAR_YEARS) {
    await db.calendarYear.upsert({
      where: { year },
      update: {},
      create: { year, official: true, source: "SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB" },
    });
  }

  const tests = new Map<string, string>();
  for (const [key, t] of Object.entries(DEMO_CONSEQUENCE_TESTS)) {
    const existing = await db.consequenceTest.findFirst({ where: { decisionNumber: t.decisionNumber } });
    const row =
      existing ??
      (await db.consequenceTest.create({
        data: {
          ...t,
          pasal17Letters: [...t.pasal17Letters],
          exemptUntil: t.exemptUntil ? toDbDate(t.exemptUntil) : null,
          decisionDate: toDbDate(t.decisionDate),
        },
      }));
    tests.set(key, row.id);
  }

  for (const [i, d] of DEMO_DIP.entries()) {
    const number = `DIP-${String(i + 1).padStart(3, "0")}`;
    const status = d.status ?? "PUBLISHED";
    await db.dipEntry.upsert({
      where: { number },
      update: {},
      create: {
        number,
        title: d.title,
        summary: d.summary,
        category: d.category,
        unitId: units.get(d.unit)!,
        responsible: `Kepala ${DEMO_UNITS.find((u) => u.code === d.unit)!.name.replace(/ \(PPID Utama\)$/, "")}`,
        producedWhen: String(d.year),
        producedWhere: "Kota Kupang",
        form: d.form ?? "SOFTCOPY",
        retention: d.retention ?? (d.category === "SERTA_MERTA" ? "Selama keadaan berlangsung" : "5 tahun"),
        year: d.year,
        status,
        publishedAt: status === "PUBLISHED" ? toDbDate(`${d.year}-0${(i % 9) + 1}-1${i % 9}`) : null,
        consequenceTestId: d.test ? tests.get(d.test) : null,
      },
    });
  }
}
