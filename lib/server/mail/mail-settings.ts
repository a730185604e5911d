import "server-only";

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

export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const publicUrl = (env.PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
  const attempts = Number.parseInt(env.MAIL_MAX_ATTEMPTS ?? "", 10);
  const lease = Number.parseInt(env.MAIL_LEASE_SECONDS ?? "", 10);
  return {
    publicUrl,
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || `Portal PPID <no-reply@${hostOf(publicUrl)}>`,
    maxAttempts: Number.isFinite(attempts) && attempts > 0 ? attempts : 5,
    leaseMs: (Number.isFinite(lease) && lease > 0 ? lease : 120) * 1000,
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
