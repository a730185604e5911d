import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/server/db";
import { mailSettings, messageIdDomain } from "@/lib/server/mail/mail-settings";

// THE way to put a message into the outbox (case events go through notify-case-event.ts, which
// calls this). Writing inside the caller's transaction means a rollback sends nothing; the sender
// (send-outbox.ts) delivers it later with retries and the Message-ID fixed here.

export type MailInput = {
  to: string;
  subject: string;
  text: string;
  /** What the message is: a key of lib/domain/notifications.ts or e.g. "PASSWORD_RESET", "SURVEY_LINK", "COMPLAINT_RECEIPT". */
  category: string;
  /** Statutory mails are always sent; optional ones may be turned off by the recipient. Default true. */
  statutory?: boolean;
  recipientUserId?: string | null;
  requestId?: string | null;
  objectionId?: string | null;
  caseEventId?: string | null;
  /** A Letter row whose PDF is attached (rendered at send time from its frozen content). */
  letterId?: string | null;
  /** A second message with the same key is silently not queued (reminders: once per case and day). */
  dedupeKey?: string | null;
};

/** Queues one message in `tx` (or its own statement without one). Returns false when the dedupe key already existed or `to` is empty. */
export async function enqueueMail(tx: Tx | null, input: MailInput): Promise<boolean> {
  const to = input.to.trim();
  if (!to) return false;
  const client = tx ?? db();
  const { count } = await client.emailOutbox.createMany({
    data: [
      {
        messageId: `<${randomUUID()}@${messageIdDomain(mailSettings())}>`,
        to,
        subject: input.subject,
        text: input.text,
        category: input.category,
        statutory: input.statutory ?? true,
        recipientUserId: input.recipientUserId ?? null,
        requestId: input.requestId ?? null,
        objectionId: input.objectionId ?? null,
        caseEventId: input.caseEventId ?? null,
        letterId: input.letterId ?? null,
        dedupeKey: input.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
