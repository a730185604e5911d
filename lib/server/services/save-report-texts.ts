import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { TSaveReportTextsInput } from "@/lib/schemas/service-report";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";

/**
 * Perki 1/2021: the PPID Utama writes the report's texts (service policy, facilities, staff,
 * budget, obstacles, recommendations, follow-up) for a period; they are kept with the period.
 */
export async function saveReportTexts(actor: { id: string; role: Role }, input: TSaveReportTextsInput) {
  assertPermission(actor, "reports.write");
  const { periodKey, budgetAllocated, budgetSpent, ...rest } = input;
  const data = {
    ...rest,
    budgetAllocated: budgetAllocated === null ? null : BigInt(budgetAllocated),
    budgetSpent: budgetSpent === null ? null : BigInt(budgetSpent),
    updatedById: actor.id,
  };
  await db().serviceReportText.upsert({ where: { periodKey }, create: { periodKey, ...data }, update: data });
}
