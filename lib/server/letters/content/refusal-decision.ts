import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-labels";
import type { ConsequenceConclusion } from "@/lib/domain/dip-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import { formatPasal17, PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "@/lib/domain/pasal-17";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { letterBase, objectionRightSection, requestSection, type LetterFrame } from "@/lib/server/letters/content/common";

// The PPID's decision refusing a request (UU 14/2008 Pasal 22(7) huruf c and Pasal 17): for a
// refusal it is the written notice. It names each Pasal 17 letter with its meaning and the
// consequence test it rests on (Pasal 2(4), 19: its conclusion and the decision that set it), and
// explains the right to object within the OBJECTION_FILING period (Pasal 35-36).

export type RefusalConsequenceTest = {
  information: string;
  conclusion: string;
  consequences: string;
  publicInterest: string;
  decisionNumber: string;
  decisionDate: string;
  exemptionPeriod: string | null;
  exemptUntil: string | null;
  otherLegalBasis: string | null;
};

export type RefusalDecisionFacts = Omit<LetterFrame, "kind"> & {
  holderName: string;
  pasal17Letters: readonly string[];
  consequenceTest: RefusalConsequenceTest;
  notes: string | null;
  /** Known only when the letter is received the day it is issued; null → "sejak diterima". */
  objectionDueDate: string | null;
};

function period(test: RefusalConsequenceTest): string {
  const parts = [test.exemptionPeriod, test.exemptUntil ? `sampai ${formatDateId(test.exemptUntil)}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "-";
}

export function buildRefusalDecisionContent(facts: RefusalDecisionFacts): LetterContent {
  const letters = PASAL_17_LETTERS.filter((l) => facts.pasal17Letters.includes(l));
  const test = facts.consequenceTest;
  const conclusion = CONSEQUENCE_CONCLUSION_LABELS[test.conclusion as ConsequenceConclusion] ?? test.conclusion;
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
      {
        heading: "Uji konsekuensi (UU 14/2008 Pasal 2 ayat (4) dan Pasal 19)",
        rows: [
          { label: "Informasi yang diuji", value: test.information },
          ...(test.otherLegalBasis ? [{ label: "Dasar hukum lain", value: test.otherLegalBasis }] : []),
          { label: "Konsekuensi bila dibuka", value: test.consequences },
          { label: "Pertimbangan kepentingan publik", value: test.publicInterest },
          { label: "Kesimpulan", value: conclusion },
          { label: "Jangka waktu pengecualian", value: period(test) },
          { label: "Ditetapkan dengan", value: `Keputusan Nomor ${test.decisionNumber} tanggal ${formatDateId(test.decisionDate)}` },
        ],
      },
      ...(facts.notes ? [{ heading: "Penjelasan", paragraphs: [facts.notes] }] : []),
      objectionRightSection(facts.office, facts.objectionDueDate),
    ],
    closing: ["Demikian keputusan ini disampaikan untuk diketahui."],
  };
}
