import "server-only";
import { env } from "@/lib/server/env";
import type { TEnv } from "@/lib/server/env-schema";

// The mail and job settings, read from the environment (documented in the README, "Surel dan tugas
// terjadwal"). PUBLIC_URL makes the links in messages absolute; without SMTP_URL nothing is sent
// and messages wait in the outbox, readable on the "Kotak keluar" page.

export type MailSettings = {
  publicUrl: string;
  smtpUrl: string | null;
  from: string;
  /** After this many failed attempts a message is marked failed (resend from "Kotak keluar"). */
  maxAttempts: number;
  /** How long a sender's claim on a batch lasts; a crashed sender's messages wait this long. */
  leaseMs: number;
};

const DEFAULT_PUBLIC_URL = "http://localhost:3000";

type MailEnv = Partial<Pick<TEnv, "PUBLIC_URL" | "SMTP_URL" | "MAIL_FROM" | "MAIL_MAX_ATTEMPTS" | "MAIL_LEASE_SECONDS">>;

/** From the parsed environment (lib/server/env-schema.ts validates each value at start-up). */
export function mailSettings(source: MailEnv = env()): MailSettings {
  const publicUrl = (source.PUBLIC_URL || DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
  return {
    publicUrl,
    smtpUrl: source.SMTP_URL ?? null,
    from: source.MAIL_FROM || `Portal PPID <no-reply@${hostOf(publicUrl)}>`,
    maxAttempts: source.MAIL_MAX_ATTEMPTS ? Number(source.MAIL_MAX_ATTEMPTS) : 5,
    leaseMs: (source.MAIL_LEASE_SECONDS ? Number(source.MAIL_LEASE_SECONDS) : 120) * 1000,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

/** The domain part of Message-IDs: the sender's address domain, else the portal's host. */
export function messageIdDomain(settings: MailSettings): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(settings.from);
  return match?.[1] ?? hostOf(settings.publicUrl);
}

/** An absolute link to a path of the portal. */
export function absoluteUrl(path: string, settings: MailSettings = mailSettings()): string {
  return `${settings.publicUrl}${path.startsWith("/") ? path : `/${path}`}`;
}
