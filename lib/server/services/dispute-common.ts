import "server-only";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { lockDispute, requireCaseScope, type CaseUser } from "@/lib/server/services/objection-common";

/** Locks the dispute, loads it with its objection and request, and checks the actor's case scope. */
export async function loadDisputeForChange(tx: Tx, actor: CaseUser, disputeId: string) {
  await lockDispute(tx, disputeId);
  const dispute = await tx.dispute.findUnique({ where: { id: disputeId }, include: { objection: { include: { request: true } } } });
  if (!dispute) throw new UserError("NOT_FOUND", "Sengketa tidak ditemukan.");
  requireCaseScope(actor, dispute.objection.request, "Sengketa");
  return dispute;
}
