import { formatPasal17, PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "@/lib/domain/pasal-17";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { consequenceTestSection, type LetterConsequenceTest } from "@/lib/server/letters/content/consequence-test";
import { letterBase, objectionRightSection, requestSection, type LetterFrame } from "@/lib/server/letters/content/common";

// The PPID's decision refusing a request (UU 14/2008 Pasal 22(7) huruf c and Pasal 17): for a
// refusal it is the written notice. It names each Pasal 17 letter with its meaning and the
// consequence test it rests on (Pasal 2(4), 19: its conclusion and the decision that set it), and
// explains the right to object within the OBJECTION_FILING period (Pasal 35-36).

export type RefusalDecisionFacts = Omit<LetterFrame, "kind"> & {
  holderName: string;
  pasal17Letters: readonly string[];
  consequenceTest: LetterConsequenceTest;
  notes: string | null;
  /** Known only when the letter is received the day it is issued; null → "sejak diterima". */
  objectionDueDate: string | null;
};

export function buildRefusalDecisionContent(facts: RefusalDecisionFacts): LetterContent {
  const letters = PASAL_17_LETTERS.filter((l) => facts.pasal17Letters.includes(l));
  const test = facts.consequenceTest;
  return {
    ...letterBase({ ...facts, kind: "REFUSAL_DECISION" }),
    intro: [
      `Menindaklanjuti permohonan informasi Saudara nomor ${facts.request.number}, PPID memutuskan MENOLAK permohonan tersebut karena informasi yang diminta termasuk informasi yang dikecualikan berdasarkan UU 14/2008 ${formatPasal17(letters)}.`,
    ],
    sections: [
      requestSection(facts.request),
      {
        heading: "Keputusan (UU 14/2008 Pasal 22 ayat (7))",
        rows: [
          { label: "Penguasaan informasi", value: `Informasi berada di bawah penguasaan ${facts.holderName}.` },
          { label: "Keputusan", value: "Permohonan informasi ditolak." },
          { label: "Dasar penolakan", value: `UU 14/2008 ${formatPasal17(letters)}` },
        ],
      },
      {
        heading: "Alasan pengecualian menurut Pasal 17",
        table: { head: ["Huruf", "Informasi yang dikecualikan"], rows: letters.map((l) => [l, PASAL_17_SUMMARIES[l]]) },
      },
      consequenceTestSection(test),
      ...(facts.notes ? [{ heading: "Penjelasan", paragraphs: [facts.notes] }] : []),
      objectionRightSection(facts.office, facts.objectionDueDate),
    ],
    closing: ["Demikian keputusan ini disampaikan untuk diketahui."],
  };
}
