/**
 * What every letter PDF is rendered from, stored in Letter.content at issue time. One generic
 * layout serves all kinds: builders fill these fields from the case; nothing is fetched at render.
 */
export type LetterSection = {
  heading?: string;
  rows?: { label: string; value: string }[];
  paragraphs?: string[];
  table?: { head: string[]; rows: string[][] };
};

/**
 * A note added to a letter after it was issued (the letter itself stays as issued): e.g. a
 * deadline it states moved because the working-day calendar changed. Recorded as a case event.
 */
export type LetterAnnotation = { date: string; text: string };

export type LetterContent = {
  letterhead: string[];
  title: string;
  legalBasis: string;
  number: string;
  /** Office-local date, YYYY-MM-DD. */
  date: string;
  place: string;
  recipient?: { name: string; address?: string };
  intro?: string[];
  sections: LetterSection[];
  closing?: string[];
  signer: { title: string; name: string };
  /** A second signature beside the signer's (the recipient of a handover in person). */
  counterSigner?: { title: string; name: string };
  /** Absolute or site-relative URL of the tracking page; rendered as a QR code. */
  trackingUrl?: string;
  trackingHint?: string;
};
