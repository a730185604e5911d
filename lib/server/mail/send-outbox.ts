import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { mailSettings, type MailSettings } from "@/lib/server/mail/mail-settings";

// The outbox sender. A batch is claimed with FOR UPDATE SKIP LOCKED and a lease (lockedUntil), so
// several workers on one PostgreSQL never take the same message, and a worker killed mid-batch
// only delays its claimed messages until the lease runs out. Each message keeps the Message-ID it
// got when queued: at most the one in flight at a crash is delivered twice, as the same message.

export type MailTransport = Pick<Transporter, "sendMail">;

export type SendOptions = {
  transport?: MailTransport | null;
  settings?: MailSettings;
  client?: PrismaClient;
  limit?: number;
  leaseMs?: number;
  /** Messages sent at once within a batch. */
  concurrency?: number;
  now?: () => Date;
};

export type SendSummary = { claimed: number; sent: number; retried: number; failed: number };

const transports = new Map<string, Transporter>();

/** One nodemailer transport per SMTP_URL and process (null without SMTP: nothing is sent). */
export function smtpTransport(settings: MailSettings = mailSettings()): Transporter | null {
  if (!settings.smtpUrl) return null;
  let transport = transports.get(settings.smtpUrl);
  if (!transport) {
    // A pool keeps connections open between messages (a new connection per message costs most of the time).
    transport = nodemailer.createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 3 } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(settings.smtpUrl, transport);
  }
  return transport;
}

/** Wait before attempt n+1: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/** Claims up to `limit` due messages and sends them. Without a transport nothing is claimed. */
export async function sendOutboxBatch(options: SendOptions = {}): Promise<SendSummary> {
  const settings = options.settings ?? mailSettings();
  const transport = options.transport === undefined ? smtpTransport(settings) : options.transport;
  const summary: SendSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  if (!transport) return summary;
  const client = options.client ?? db();
  const now = options.now ?? (() => new Date());
  const start = now();
  const leaseMs = options.leaseMs ?? settings.leaseMs;
  const token = randomUUID();
  const until = new Date(start.getTime() + leaseMs);
  const claimed = await client.$queryRaw<{ id: string }[]>`
    UPDATE "EmailOutbox" SET "lockedUntil" = ${until}, "claimedBy" = ${token}
    WHERE id IN (
      SELECT id FROM "EmailOutbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${start} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${start})
      ORDER BY "createdAt", id
      LIMIT ${options.limit ?? 50}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  summary.claimed = claimed.length;
  const queue = claimed.map((c) => c.id);
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      // Renew the claim for this one message; if the batch's lease ran out and another sender took
      // the message over, leave it to that sender.
      const renewed = await client.emailOutbox.updateMany({
        where: { id, claimedBy: token, status: "PENDING" },
        data: { lockedUntil: new Date(now().getTime() + leaseMs) },
      });
      if (renewed.count !== 1) continue;
      const outcome = await sendOne(client, transport, settings, id, now);
      summary[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return summary;
}

async function sendOne(client: PrismaClient, transport: MailTransport, settings: MailSettings, id: string, now: () => Date) {
  const row = await client.emailOutbox.findUniqueOrThrow({ where: { id } });
  try {
    const attachments = [];
    if (row.letterId) {
      const letter = await client.letter.findUniqueOrThrow({ where: { id: row.letterId } });
      // Loaded on demand: react-pdf is ESM-only and the worker script (tsx) loads this module as CommonJS.
      const { renderLetterPdf } = await import("@/lib/server/letters/render-letter-pdf");
      const pdf = await renderLetterPdf(letter.content as LetterContent, settings.publicUrl);
      attachments.push({ filename: `${letter.number.replace(/[^A-Za-z0-9-]+/g, "_")}.pdf`, content: pdf, contentType: "application/pdf" });
    }
    await transport.sendMail({
      from: settings.from,
      to: row.to,
      subject: row.subject,
      text: row.text,
      ...(row.html ? { html: row.html } : {}),
      messageId: row.messageId,
      attachments,
    });
    await client.emailOutbox.update({
      where: { id },
      data: { status: "SENT", sentAt: now(), attempts: { increment: 1 }, lastError: null, lockedUntil: null, claimedBy: null },
    });
    return "sent" as const;
  } catch (error) {
    const attempts = row.attempts + 1;
    // A permanent refusal (SMTP 5xx, RFC 5321 §4.2.1: e.g. 550 no such mailbox) will not change by
    // waiting: shown as failed at once, for a person to correct and resend from Kotak keluar.
    const failed = attempts >= settings.maxAttempts || isPermanentRefusal(error);
    await client.emailOutbox.update({
      where: { id },
      data: {
        attempts,
        lastError: describe(error),
        lockedUntil: null,
        claimedBy: null,
        ...(failed ? { status: "FAILED" as const } : { nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)) }),
      },
    });
    return failed ? ("failed" as const) : ("retried" as const);
  }
}

export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  const e = error as { message?: string; responseCode?: number; response?: string };
  return (e.response ?? e.message ?? String(error)).slice(0, 1000);
}

/** Drains everything due (loops batches until one comes back empty). */
export async function drainOutbox(options: SendOptions = {}): Promise<SendSummary> {
  const total: SendSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const batch = await sendOutboxBatch(options);
    for (const k of Object.keys(total) as (keyof SendSummary)[]) total[k] += batch[k];
    if (batch.claimed === 0 || batch.sent + batch.failed + batch.retried === 0) return total;
    if (batch.retried > 0 && batch.sent === 0 && batch.failed === 0) return total;
  }
}
