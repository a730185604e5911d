import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import { fromDbDate } from "@/lib/domain/db-date";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { recordCaseEvents } from "@/lib/server/services/record-case-event";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { followUpTaskPlans, objectionPlans, requestPlans, type DeadlineField, type FieldChange, type RowPlan, type Target } from "./recompute-plans";

// docs/domain.md, Working days: when the calendar changes (a holiday added, changed or removed, a decree
// imported, the cuti bersama setting switched) every running deadline is computed again from the
// facts of its case with lib/domain, and each deadline that moves is logged on its case. Runs
// inside the caller's transaction, so the calendar change and its consequences commit together.
// The event is the workflow's system row RECOMPUTE_DEADLINE (request and objection workflows):
// actorRole is SYSTEM, actorId the administrator whose change triggered it.
// The cases are planned, written and logged a chunk at a time (./recompute-plans.ts): the memory
// it takes does not grow with the register.

export type { DeadlineField } from "./recompute-plans";
export type RecomputeActor = { id: string | null; role: string };
export type DeadlineChange = {
  caseKind: "REQUEST" | "OBJECTION";
  caseId: string;
  caseNumber: string;
  field: DeadlineField;
  label: string;
  from: string | null;
  to: string;
};
/** `changed`: how many deadlines moved; `changes`: the first LISTED_CHANGES of them, in planning order. */
export type RecomputeSummary = { changed: number; changes: DeadlineChange[] };

/** Enough for the administrator's confirmation (it shows 20) without keeping 100,000 in memory. */
export const LISTED_CHANGES = 1000;

function noteFor(change: FieldChange, reason: string): string {
  if (change.from === null) return `${change.label} ditetapkan ${formatDateId(change.to)} karena: ${reason}.`;
  return `${change.label} berubah dari ${formatDateId(change.from)} menjadi ${formatDateId(change.to)} karena: ${reason}.`;
}

export async function recomputeOpenDeadlines(
  tx: Tx,
  options: { reason: string; actor: RecomputeActor },
): Promise<RecomputeSummary> {
  const config = await loadCalendarConfig(tx);
  const summary: RecomputeSummary = { changed: 0, changes: [] };
  for (const source of [requestPlans, objectionPlans, followUpTaskPlans]) {
    for await (const chunk of source(tx, config)) {
      const plans = chunk.filter((p) => p.changes.length > 0);
      if (plans.length === 0) continue;
      await writePlans(tx, plans);
      await logPlans(tx, plans, await lettersStating(tx, plans), options);
      for (const plan of plans) {
        for (const c of plan.changes) {
          summary.changed++;
          if (summary.changes.length < LISTED_CHANGES) {
            summary.changes.push({ caseKind: plan.caseKind, caseId: plan.caseId, caseNumber: plan.caseNumber, field: c.field, label: c.label, from: c.from, to: c.to });
          }
        }
      }
    }
  }
  return summary;
}

/** One RECOMPUTE_DEADLINE event per moved date, naming the letter that stated the old one when it got a note. */
async function logPlans(tx: Tx, plans: RowPlan[], letters: Map<string, { id: string; number: string; kind: LetterKind }>, options: { reason: string; actor: RecomputeActor }) {
  await recordCaseEvents(
    tx,
    plans.flatMap((plan) =>
      plan.changes.map((c) => {
        const annotated = c.letter && c.from ? (letters.get(`${plan.caseId}|${c.letter}`) ?? null) : null;
        const annotation = annotated ? annotationFor(c, options.reason) : null;
        return {
          ref: plan.caseKind === "REQUEST" ? { caseKind: "REQUEST" as const, requestId: plan.caseId } : { caseKind: "OBJECTION" as const, objectionId: plan.caseId },
          input: {
            event: "RECOMPUTE_DEADLINE",
            actor: { id: options.actor.id, role: SYSTEM_ACTOR },
            fromStatus: plan.status,
            toStatus: plan.status,
            note: noteFor(c, options.reason) + (annotated ? ` ${LETTERS[annotated.kind].title} Nomor ${annotated.number} diberi catatan perubahan.` : ""),
            data: {
              field: c.field, from: c.from, to: c.to, reason: options.reason, triggeredByRole: options.actor.role, ...plan.extra,
              ...(annotated && annotation ? { annotatedLetterId: annotated.id, annotation } : {}),
            },
          },
        };
      }),
    ),
  );
}

/**
 * The latest letter of each kind on each case whose stated date just moved ("caseId|kind" → letter),
 * read a thousand cases at a time rather than one query per change.
 */
async function lettersStating(tx: Tx, plans: RowPlan[]) {
  const wanted = new Map<string, { caseKind: RowPlan["caseKind"]; kind: LetterKind; ids: string[] }>();
  for (const plan of plans) {
    for (const c of plan.changes) {
      if (!c.letter || !c.from) continue;
      const key = `${plan.caseKind}|${c.letter}`;
      const group = wanted.get(key) ?? { caseKind: plan.caseKind, kind: c.letter, ids: [] };
      group.ids.push(plan.caseId);
      wanted.set(key, group);
    }
  }
  const found = new Map<string, { id: string; number: string; kind: LetterKind }>();
  for (const { caseKind, kind, ids } of wanted.values()) {
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const rows = await tx.letter.findMany({
        where: caseKind === "REQUEST" ? { requestId: { in: chunk }, kind } : { objectionId: { in: chunk }, kind },
        orderBy: { createdAt: "desc" },
        select: { id: true, number: true, kind: true, requestId: true, objectionId: true },
      });
      for (const r of rows) {
        const key = `${caseKind === "REQUEST" ? r.requestId : r.objectionId}|${kind}`;
        if (!found.has(key)) found.set(key, { id: r.id, number: r.number, kind: r.kind as LetterKind });
      }
    }
  }
  return found;
}

/**
 * The note a letter already issued carries once a date it states moved (docs/domain.md, Working
 * days): the letter stays as issued; the note is printed with it (lib/server/queries/letter-annotations.ts).
 */
function annotationFor(change: FieldChange, reason: string): string {
  return `${change.label} yang tercantum dalam surat ini, ${formatDateId(change.from!)}, berubah menjadi ${formatDateId(change.to)} karena perubahan kalender hari kerja (${reason}).`;
}

/** The columns a recomputation writes (a fixed list: they are spliced into the statement). */
const TABLES = {
  request: { table: Prisma.raw(`"InformationRequest"`), columns: { dueDate: `"dueDate"`, completionDueDate: `"completionDueDate"` } },
  objection: { table: Prisma.raw(`"Objection"`), columns: { dueDate: `"dueDate"`, disputeDueDate: `"disputeDueDate"` } },
  task: { table: Prisma.raw(`"FollowUpTask"`), columns: { "followUpTask.dueDate": `"dueDate"` } },
} as const;

/**
 * The new dates, written in bulk: a holiday moves most running deadlines to a handful of new dates,
 * so the rows are grouped by what they get and each group is one statement (ids and the version
 * read as arrays), checked against its count: a row an officer changed since it was read fails the
 * whole change, as before.
 */
async function writePlans(tx: Tx, plans: RowPlan[]): Promise<void> {
  const groups = new Map<string, { model: Target["model"]; values: [string, string][]; plans: RowPlan[] }>();
  for (const plan of plans) {
    const values = plan.changes.map((c): [string, string] => [c.field, c.to]).sort(([x], [y]) => x.localeCompare(y));
    const key = `${plan.target.model}|${JSON.stringify(values)}`;
    const group = groups.get(key) ?? { model: plan.target.model, values, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  for (const { model, values, plans: members } of groups.values()) {
    const spec = TABLES[model];
    const set = Prisma.join(
      values.map(([field, to]) => Prisma.sql`${Prisma.raw((spec.columns as Record<string, string>)[field]!)} = ${to}::date`),
      ", ",
    );
    for (let i = 0; i < members.length; i += 5000) {
      const chunk = members.slice(i, i + 5000);
      const ids = chunk.map((p) => p.target.where.id);
      const count =
        model === "task"
          ? await tx.$executeRaw`
              UPDATE ${spec.table} AS t SET ${set}
              FROM unnest(${ids}::text[], ${chunk.map((p) => fromDbDate((p.target.where as { dueDate: Date }).dueDate))}::text[]) AS v(id, due)
              WHERE t."id" = v.id AND t."doneAt" IS NULL AND t."dueDate" = v.due::date`
          : await tx.$executeRaw`
              UPDATE ${spec.table} AS t SET ${set}, "updatedAt" = (now() AT TIME ZONE 'UTC')
              FROM unnest(${ids}::text[], ${chunk.map((p) => (p.target.where as { updatedAt: Date }).updatedAt.toISOString())}::text[]) AS v(id, version)
              WHERE t."id" = v.id AND t."updatedAt" = (v.version::timestamptz AT TIME ZONE 'UTC')`;
      if (count !== chunk.length) {
        const numbers = chunk.slice(0, 3).map((p) => p.caseNumber).join(", ");
        throw new UserError("CONFLICT", `Perkara berjalan (di antaranya ${numbers}) sedang diubah petugas lain saat batas waktu dihitung ulang. Silakan ulangi.`);
      }
    }
  }
}

/** "3 batas waktu dihitung ulang." for the administrator's confirmation. */
export function describeRecompute(summary: RecomputeSummary): string {
  if (summary.changed === 0) return "Tidak ada batas waktu perkara berjalan yang berubah.";
  return `${summary.changed} batas waktu dihitung ulang.`;
}
