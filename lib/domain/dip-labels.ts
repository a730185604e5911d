// Indonesian labels of the catalogue's fields (docs/domain.md, DIP) for the back office. Status and
// event labels live with the workflow table (dip-workflow.ts); Pasal 17 letters in pasal-17.ts.

import type { ConsequenceConclusion, DipCategory } from "./dip-workflow";

// UU 14/2008 Pasal 9 (berkala), 10 (serta merta), 11 (setiap saat), 17 (dikecualikan).
export const DIP_CATEGORY_NAMES: Record<DipCategory, string> = {
  BERKALA: "Informasi berkala",
  SERTA_MERTA: "Informasi serta merta",
  SETIAP_SAAT: "Informasi setiap saat",
  DIKECUALIKAN: "Informasi dikecualikan",
};

export const INFO_FORMS = ["SOFTCOPY", "HARDCOPY", "BOTH"] as const;
export type InfoForm = (typeof INFO_FORMS)[number];

export const INFO_FORM_LABELS: Record<InfoForm, string> = {
  SOFTCOPY: "Softcopy (elektronik)",
  HARDCOPY: "Hardcopy (cetak)",
  BOTH: "Softcopy dan hardcopy",
};

export const CONSEQUENCE_CONCLUSION_LABELS: Record<ConsequenceConclusion, string> = {
  EXEMPT: "Dikecualikan",
  OPEN: "Terbuka",
  PARTLY_OPEN: "Terbuka sebagian",
};
