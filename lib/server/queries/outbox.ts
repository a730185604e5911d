import "server-only";
import { db } from "@/lib/server/db";
import { mailSettings } from "@/lib/server/mail/mail-settings";

export type OutboxStatusFilter = "PENDING" | "FAILED" | "SENT";

export type OutboxRowView = {
  id: string;
  to: string;
  subject: string;
  category: string;
  status: OutboxStatusFilter;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  hasAttachment: boolean;
};

export type OutboxMessageView = OutboxRowView & { text: string; messageId: string; letterNumber: string | null };

const PAGE = 100;

export async function loadOutbox(status: OutboxStatusFilter) {
  const [rows, counts] = await Promise.all([
    db().emailOutbox.findMany({
      where: { status },
      orderBy: [{ createdAt: status === "PENDING" ? "asc" : "desc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, to: true, subject: true, category: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true, letterId: true },
    }),
    db().emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const count = (s: OutboxStatusFilter) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return {
    smtpConfigured: mailSettings().smtpUrl !== null,
    counts: { PENDING: count("PENDING"), FAILED: count("FAILED"), SENT: count("SENT") },
    rows: rows.map(({ letterId, ...r }): OutboxRowView => ({ ...r, status: r.status as OutboxStatusFilter, hasAttachment: letterId !== null })),
    limited: rows.length === PAGE,
  };
}

export async function loadOutboxMessage(id: string): Promise<OutboxMessageView | null> {
  const row = await db().emailOutbox.findUnique({ where: { id } });
  if (!row) return null;
  const letter = row.letterId ? await db().letter.findUnique({ where: { id: row.letterId }, select: { number: true } }) : null;
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    category: row.category,
    status: row.status as OutboxStatusFilter,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    nextAttemptAt: row.nextAttemptAt,
    hasAttachment: row.letterId !== null,
    text: row.text,
    messageId: row.messageId,
    letterNumber: letter?.number ?? null,
  };
}
