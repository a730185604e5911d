// Indonesian labels for the public catalogue pages, API documentation and CSV export.

export const INFO_FORM_LABELS = {
  SOFTCOPY: "Softcopy (elektronik)",
  HARDCOPY: "Hardcopy (cetak)",
  BOTH: "Softcopy dan hardcopy",
} as const;

export const DIP_SORT_LABELS = {
  relevansi: "Paling relevan",
  terbaru: "Terbaru",
  judul: "Judul (A–Z)",
} as const;

// Uji konsekuensi (UU 14/2008 Pasal 2(4), Pasal 19): the conclusion of the test.
export const CONSEQUENCE_CONCLUSION_LABELS = {
  EXEMPT: "Dikecualikan",
  OPEN: "Terbuka",
  PARTLY_OPEN: "Dikecualikan sebagian",
} as const;
