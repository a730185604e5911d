// The vocabulary of filing a request (UU 14/2008 Pasal 22(1)-(3); Perki 1/2021 form of the
// request): who asks, how they want to obtain and receive the information, how it reached the
// office, which identity paper each kind of requester brings. Enum values mirror
// prisma/schema.prisma. Plus the URL form of a register number. Pure.

import type { RequestChannel } from "./request-workflow";

export const REQUESTER_TYPES = ["INDIVIDUAL", "LEGAL_ENTITY", "GROUP"] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

export const REQUESTER_TYPE_LABELS: Record<RequesterType, string> = {
  INDIVIDUAL: "Perorangan",
  LEGAL_ENTITY: "Badan hukum",
  GROUP: "Kelompok orang",
};

// How the requester wants to obtain the information (the right to see, know and get a copy:
// UU 14/2008 Pasal 4(2); the request states it, Pasal 22(1)-(2), Perki 1/2021 form) and to
// receive a copy: one list for the whole portal, kept in request-form-labels.ts.
export {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  OBTAIN_METHOD_LABELS,
  OBTAIN_METHODS,
  type DeliveryMethod,
  type ObtainMethod,
} from "./request-form-labels";

/** Channels the desk enters for the requester; ONLINE requests are filed by the requester. */
export const DESK_CHANNELS = ["WALK_IN", "POST", "EMAIL", "PHONE"] as const satisfies readonly RequestChannel[];
export type DeskChannel = (typeof DESK_CHANNELS)[number];

/** The identity paper of each kind of requester (docs/domain.md, Requests; Perki 1/2021). */
export const IDENTITY_DOCUMENTS: Record<RequesterType, { purpose: "KTP" | "LEGAL_ENTITY_DOC" | "POWER_OF_ATTORNEY"; label: string }> = {
  INDIVIDUAL: { purpose: "KTP", label: "Pindaian KTP" },
  LEGAL_ENTITY: { purpose: "LEGAL_ENTITY_DOC", label: "Akta pendirian atau pengesahan badan hukum dari Kemenkumham" },
  GROUP: { purpose: "POWER_OF_ATTORNEY", label: "Surat kuasa dari anggota kelompok" },
};

// ---------------------------------------------------------------- register numbers in URLs

/**
 * Register numbers contain "/" ("001/PMH/PPID-KPG/2026"), which cannot stand in one path segment:
 * the URL form uses "-" ("001-PMH-PPID-KPG-2026"). Unambiguous: the sequence is digits, the kind
 * code letters only, the year four digits; the office code in between may itself contain "-".
 */
export function numberToSlug(number: string): string {
  return number.split("/").join("-");
}

export function slugToNumber(slug: string): string | null {
  const match = /^(\d{1,6})-([A-Z]{2,4})-([A-Z0-9]+(?:[-.][A-Z0-9]+)*)-(\d{4})$/.exec(
    typeof slug === "string" ? slug.trim().toUpperCase() : "",
  );
  if (!match) return null;
  return `${match[1]}/${match[2]}/${match[3]}/${match[4]}`;
}

/** What a request's upload fields accept (the browser's file picker); storage checks the content. */
export const REQUEST_UPLOAD_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
