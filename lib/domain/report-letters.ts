// Reads the Pasal 17 letters back from a decision's stored article ("Pasal 17 huruf a, b, dan h",
// written by formatPasal17), for the report's refusals per letter (UU 14/2008 Pasal 17).

import { PASAL_17_LETTERS } from "./pasal-17";

export function lettersOfArticle(article: string | null): string[] {
  if (!article) return [];
  const match = /huruf\s+(.+)$/i.exec(article);
  if (!match) return [];
  const found = match[1].split(/,|\bdan\b/).map((part) => part.trim().toLowerCase());
  return PASAL_17_LETTERS.filter((letter) => found.includes(letter));
}
