import { CONSEQUENCE_CONCLUSION_LABELS } from "@/lib/domain/dip-labels";
import type { ConsequenceConclusion } from "@/lib/domain/dip-workflow";
import { formatDateId } from "@/lib/domain/format-date";
import type { LetterSection } from "@/lib/server/letters/letter-content";

// The consequence test (uji konsekuensi, UU 14/2008 Pasal 2(4) and Pasal 19) a decision that
// withholds information rests on — a refusal or a partial grant. Every letter and the dispute
// bundle cite it in the same words, from this one section.

export type LetterConsequenceTest = {
  information: string;
  conclusion: string;
  consequences: string;
  publicInterest: string;
  decisionNumber: string;
  /** YYYY-MM-DD */
  decisionDate: string;
  exemptionPeriod: string | null;
  exemptUntil: string | null;
  otherLegalBasis: string | null;
  participants?: string | null;
};

export const CONSEQUENCE_TEST_HEADING = "Uji konsekuensi (UU 14/2008 Pasal 2 ayat (4) dan Pasal 19)";

function period(test: LetterConsequenceTest): string {
  const parts = [test.exemptionPeriod, test.exemptUntil ? `sampai ${formatDateId(test.exemptUntil)}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "-";
}

export function consequenceTestSection(test: LetterConsequenceTest, options: { participants?: boolean } = {}): LetterSection {
  const conclusion = CONSEQUENCE_CONCLUSION_LABELS[test.conclusion as ConsequenceConclusion] ?? test.conclusion;
  return {
    heading: CONSEQUENCE_TEST_HEADING,
    rows: [
      { label: "Informasi yang diuji", value: test.information },
      ...(test.otherLegalBasis ? [{ label: "Dasar hukum lain", value: test.otherLegalBasis }] : []),
      { label: "Konsekuensi bila dibuka", value: test.consequences },
      { label: "Pertimbangan kepentingan publik", value: test.publicInterest },
      { label: "Kesimpulan", value: conclusion },
      { label: "Jangka waktu pengecualian", value: period(test) },
      ...(options.participants && test.participants ? [{ label: "Peserta uji", value: test.participants }] : []),
      { label: "Ditetapkan dengan", value: `Keputusan Nomor ${test.decisionNumber} tanggal ${formatDateId(test.decisionDate)}` },
    ],
  };
}
