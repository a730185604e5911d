import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/** "Kirim ulang" on the Kotak keluar page: the same message (same Message-ID) goes back into the queue. */
export async function resendOutboxMessage(actor: StaffActor, id: string, now: Date = new Date()) {
  assertPermission(actor, "outbox.manage");
  const { count } = await db().emailOutbox.updateMany({
    where: { id, status: { in: ["FAILED", "SENT"] } },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null, lastError: null },
  });
  if (count !== 1) throw new UserError("NOT_FOUND", "Pesan tidak ditemukan atau masih menunggu dikirim.");
}
