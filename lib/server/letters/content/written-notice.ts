import { formatPasal17, PASAL_17_SUMMARIES, type Pasal17Letter } from "@/lib/domain/pasal-17";
import { formatRupiah } from "@/lib/domain/request-form-labels";
import type { WithheldPart } from "@/lib/domain/request-workflow";
import type { LetterContent, LetterSection } from "@/lib/server/letters/letter-content";
import { consequenceTestSection, type LetterConsequenceTest } from "@/lib/server/letters/content/consequence-test";
import { letterBase, objectionRightSection, requestSection, type LetterFrame } from "@/lib/server/letters/content/common";

// The written notice (pemberitahuan tertulis) of UU 14/2008 Pasal 22(7), in the order of the
// article: (a) held or not; (b) the body that holds it if not; (c) granted or refused with the
// Pasal 17 reason; (d) the material to be given; (e) the withheld (blacked-out) parts with their
// reasons; (f) form and medium; (g) fee and payment method; plus the time of delivery (Perki
// 1/2021 form), the consequence test of a partial grant, and the right to object (Pasal 35-36).

export type NoticeOutcome = "GRANTED_FULL" | "GRANTED_PARTIAL" | "REJECTED" | "NOT_HELD";

export type WrittenNoticeFacts = Omit<LetterFrame, "kind"> & {
  outcome: NoticeOutcome;
  /** The official/unit that holds the information (held cases). */
  holderName: string;
  /** NOT_HELD: the body that holds it, when known. */
  holdingBody: string | null;
  /** The material to be given (Pasal 22(7) huruf d). */
  material: string;
  withheldParts: readonly WithheldPart[];
  pasal17Letters: readonly string[];
  informationForm: string | null;
  medium: string | null;
  feeAmount: number | null;
  paymentMethod: string | null;
  deliveryTime: string | null;
  /** Known only when the letter is received the day it is issued; null → "sejak diterima". */
  objectionDueDate: string | null;
  /** The test a partial grant rests on (Pasal 2(4), 19); null for the other outcomes. */
  consequenceTest: LetterConsequenceTest | null;
};

const NOT_APPLICABLE = "Tidak berlaku";

const DECISION_TEXT: Record<NoticeOutcome, string> = {
  GRANTED_FULL: "Permohonan informasi DIKABULKAN SELURUHNYA.",
  GRANTED_PARTIAL: "Permohonan informasi DIKABULKAN SEBAGIAN; bagian yang dikecualikan dihitamkan sebagaimana tercantum di bawah.",
  REJECTED: "Permohonan informasi DITOLAK karena informasi yang diminta termasuk informasi yang dikecualikan.",
  NOT_HELD: "Permohonan informasi tidak dapat dipenuhi karena informasi yang diminta tidak berada di bawah penguasaan kami.",
};

function pasal17Text(letters: readonly string[]): string {
  const article = formatPasal17(letters);
  if (!article) return NOT_APPLICABLE;
  const meanings = letters.map((l) => `huruf ${l}: ${PASAL_17_SUMMARIES[l as Pasal17Letter] ?? ""}`).join("; ");
  return `UU 14/2008 ${article} (${meanings})`;
}

export function buildWrittenNoticeContent(facts: WrittenNoticeFacts): LetterContent {
  const granted = facts.outcome === "GRANTED_FULL" || facts.outcome === "GRANTED_PARTIAL";
  const held = facts.outcome !== "NOT_HELD";
  const partial = facts.outcome === "GRANTED_PARTIAL";
  const reasonLabel = partial ? "   Alasan pengecualian (Pasal 17)" : "   Alasan penolakan (Pasal 17)";
  const aToD = [
    { label: "a. Penguasaan informasi", value: held ? `Informasi berada di bawah penguasaan ${facts.holderName}.` : "Informasi tidak berada di bawah penguasaan kami." },
    { label: "b. Badan publik yang menguasai", value: held ? NOT_APPLICABLE : (facts.holdingBody?.trim() || "Tidak diketahui oleh kami.") },
    { label: "c. Keputusan", value: DECISION_TEXT[facts.outcome] },
    { label: reasonLabel, value: facts.outcome === "REJECTED" || facts.pasal17Letters.length > 0 ? pasal17Text(facts.pasal17Letters) : NOT_APPLICABLE },
    { label: "d. Materi informasi yang diberikan", value: granted ? facts.material : NOT_APPLICABLE },
  ];
  const fToG = [
    { label: "f. Bentuk informasi", value: granted ? (facts.informationForm ?? "-") : NOT_APPLICABLE },
    { label: "   Alat penyampai (media)", value: granted ? (facts.medium ?? "-") : NOT_APPLICABLE },
    { label: "g. Biaya", value: granted ? `${formatRupiah(facts.feeAmount ?? 0)}${facts.feeAmount ? " (biaya penggandaan/pengiriman)" : ""}` : NOT_APPLICABLE },
    { label: "   Cara pembayaran", value: granted ? (facts.feeAmount ? (facts.paymentMethod ?? "-") : "Tidak ada pembayaran") : NOT_APPLICABLE },
    { label: "   Waktu penyediaan", value: granted ? (facts.deliveryTime ?? "-") : NOT_APPLICABLE },
  ];
  const heading = "Pemberitahuan (UU 14/2008 Pasal 22 ayat (7))";
  // The items keep the article's order a–g: a partial grant's withheld parts (huruf e) are a table
  // between d and f, followed by the consequence test that withholds them (Pasal 2(4), 19).
  const sections: LetterSection[] = partial
    ? [
        requestSection(facts.request),
        { heading, rows: aToD },
        {
          heading: "e. Bagian informasi yang dihitamkan beserta alasannya",
          table: { head: ["No.", "Bagian yang dihitamkan", "Alasan"], rows: facts.withheldParts.map((p, i) => [String(i + 1), p.part, p.reason]) },
        },
        { rows: fToG },
        ...(facts.consequenceTest ? [consequenceTestSection(facts.consequenceTest)] : []),
      ]
    : [
        requestSection(facts.request),
        { heading, rows: [...aToD, { label: "e. Bagian yang dihitamkan", value: "Tidak ada bagian informasi yang dihitamkan." }, ...fToG] },
      ];
  sections.push(objectionRightSection(facts.office, facts.objectionDueDate));
  return {
    ...letterBase({ ...facts, kind: "WRITTEN_NOTICE" }),
    intro: [
      `Menindaklanjuti permohonan informasi Saudara nomor ${facts.request.number}, bersama ini kami sampaikan pemberitahuan tertulis sebagai berikut.`,
    ],
    sections,
    closing: ["Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima kasih."],
  };
}
