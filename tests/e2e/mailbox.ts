import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

// What the e2e server's SMTP receiver got (scripts/lib/e2e-mailbox.mjs writes one JSON per message).

export type ReceivedMail = {
  messageId: string | null;
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string | null; contentType: string; size: number; isPdf: boolean }[];
};

const DIR = path.resolve(__dirname, "../../.data", `e2e-mail-${process.env.E2E_PORT ?? "3100"}`);

export function receivedMails(): ReceivedMail[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as ReceivedMail);
}

/** Waits until a message to `to` whose subject contains `subject` has arrived. */
export async function waitForMail(to: string, subject: string, timeout = 30_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => (found = receivedMails().find((m) => m.to.some((a) => a.includes(to)) && m.subject.includes(subject))), { timeout, intervals: [500] })
    .toBeTruthy();
  return found!;
}
