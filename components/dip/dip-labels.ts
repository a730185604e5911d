// UU 14/2008 Pasal 9 (berkala), 10 (serta merta), 11 (setiap saat), 17 (dikecualikan).
export const DIP_CATEGORY_LABELS = {
  BERKALA: "Informasi berkala",
  SERTA_MERTA: "Informasi serta merta",
  SETIAP_SAAT: "Informasi setiap saat",
  DIKECUALIKAN: "Informasi dikecualikan",
} as const;
