import "server-only";
import { invalidatePublicDataBeforeCommit, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import {
  DIP_WORKFLOW,
  formatDipNumber,
  type ConsequenceConclusion,
  type DipCategory,
  type DipContext,
  type DipEvent,
  type DipLogEvent,
  type DipStatus,
} from "@/lib/domain/dip-workflow";
import { can, canManageUnitItem, type CaseActor } from "@/lib/domain/permissions";
import type { Actor, Role } from "@/lib/domain/roles";
import { checkTransition, type Start } from "@/lib/domain/workflow";
import type { TDipEntryInput } from "@/lib/schemas/dip";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { fromDbDateOrNull } from "@/lib/domain/db-date";

// Shared steps of the catalogue services (create/update/transition/documents/release).

/** Who acts: a signed-in staff user (CurrentUser fits). */
export type DipActor = { id: string; role: Role; unitId: string | null };

export function caseActor(actor: DipActor): CaseActor {
  return { role: actor.role, userId: actor.id, unitId: actor.unitId };
}

/**
 * The entry as far as this actor may know it: another unit's entry "does not exist" for a unit-bound
 * officer — the very answer a missing id gets, as its page answers 404 (permissions.ts
 * canManageUnitItem) — so neither its existence nor its status can be probed through the actions.
 * A role without the catalogue's rights at all is refused by the checks that follow, as before.
 */
export function entryInScope<E extends { unitId: string }>(actor: DipActor, entry: E | null): E {
  const hidden = entry && can(actor.role, "dip.view_drafts") && !canManageUnitItem(caseActor(actor), "dip.view_drafts", entry.unitId);
  if (!entry || hidden) throw new UserError("NOT_FOUND", "Entri DIP tidak ditemukan.");
  return entry;
}

/** The office-local date of `now` in the office's time zone (OfficeSetting.timeZone). */
export async function officeToday(tx: Tx, now: Date): Promise<string> {
  const office = await tx.officeSetting.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return toOfficeLocalDate(now, office?.timeZone ?? "Asia/Makassar");
}

/**
 * Serialises every change of one entry: the row is locked until the transaction ends, so two
 * reviewers pressing "publish" at once cannot both pass the status check.
 */
export async function lockDipEntry(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "DipEntry" WHERE id = ${id} FOR UPDATE`;
}

/**
 * Gap-free DIP numbers under concurrency. A transaction-scoped advisory lock makes allocations
 * take turns: the next allocation waits until this transaction commits (its number is then
 * visible to max()) or rolls back (the number was never used, so no gap). READ COMMITTED takes
 * a fresh snapshot per statement, so the max() after the lock sees the previous holder's insert.
 * No schema change and no shared counter row that unrelated writes would contend on; the unique
 * index on DipEntry.number stays as the last safety net.
 */
export async function allocateDipNumber(tx: Tx): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ppid.dip_entry_number'))`;
  const rows = await tx.$queryRaw<{ max: number | null }[]>`
    SELECT MAX(CAST(SUBSTRING("number" FROM 5) AS INTEGER)) AS max
    FROM "DipEntry" WHERE "number" ~ '^DIP-[0-9]{1,9}$'`;
  return formatDipNumber(Number(rows[0]?.max ?? 0) + 1);
}

type TestFacts = { conclusion: string; exemptUntil: Date | null } | null;

export function dipContext(
  entry: { unitId: string; category: string; consequenceTest: TestFacts },
  actorUnitId: string | null,
  today: string,
  note?: string,
): DipContext {
  const test = entry.consequenceTest;
  return {
    actorUnitId,
    entryUnitId: entry.unitId,
    category: entry.category as DipCategory,
    consequenceTest: test
      ? { conclusion: test.conclusion as ConsequenceConclusion, exemptUntil: fromDbDateOrNull(test.exemptUntil) }
      : null,
    today,
    ...(note !== undefined ? { note } : {}),
  };
}

/** Asks the table; a refusal becomes a UserError with the table's Indonesian reason. */
export function assertDipTransition(state: DipStatus | Start, event: DipEvent, actor: Actor, ctx: DipContext): DipStatus {
  const check = checkTransition(DIP_WORKFLOW, state, event, actor, ctx);
  if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
  return check.to;
}

export async function writeDipEvent(
  tx: Tx,
  data: {
    dipEntryId: string;
    event: DipEvent | DipLogEvent;
    actorId: string | null;
    fromStatus?: string | null;
    toStatus?: string | null;
    note?: string | null;
  },
): Promise<void> {
  // Every DIP change writes this event, so this is where the public catalogue's cache is revoked
  // (inside the transaction: the revocation also covers renders until the commit).
  await invalidatePublicDataBeforeCommit(PUBLIC_TAGS.dip);
  await tx.dipEvent.create({
    data: {
      dipEntryId: data.dipEntryId,
      event: data.event,
      actorId: data.actorId,
      fromStatus: data.fromStatus ?? null,
      toStatus: data.toStatus ?? null,
      // `at` is the database's clock: the log records when it was written, whatever "now" the
      // service reasoned with.
      note: data.note ?? null,
    },
  });
}

/** The unit must exist and be active; the consequence test must exist (checked for any entry). */
export async function assertDipReferences(tx: Tx, unitId: string, consequenceTestId: string | undefined): Promise<void> {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { active: true } });
  if (!unit || !unit.active) throw new UserError("INVALID_INPUT", "Unit tidak ditemukan atau tidak aktif.", { unitId: "Pilih unit yang aktif." });
  if (!consequenceTestId) return;
  const test = await tx.consequenceTest.findUnique({ where: { id: consequenceTestId }, select: { id: true } });
  if (!test) throw new UserError("INVALID_INPUT", "Uji konsekuensi tidak ditemukan.", { consequenceTestId: "Pilih uji konsekuensi yang ada." });
}

/** The catalogue fields of docs/domain.md, DIP as stored, the same for a new entry and an edited one. */
export function dipEntryFields(input: TDipEntryInput, unitId: string, consequenceTestId: string | null) {
  return {
    title: input.title,
    summary: input.summary,
    category: input.category,
    unitId,
    responsible: input.responsible,
    producedWhen: input.producedWhen,
    producedWhere: input.producedWhere,
    form: input.form,
    retention: input.retention,
    year: input.year,
    link: input.link ?? null,
    consequenceTestId,
  };
}
