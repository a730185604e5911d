import "server-only";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { formatPasal17, isPasal17Letter } from "@/lib/domain/pasal-17";
import type { RequestEvent, WithheldPart } from "@/lib/domain/request-workflow";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { toDbDate, toDbDateOrNull } from "@/lib/domain/db-date";

// Input checks of decide-request.ts that the workflow table does not make: the Pasal 22(7) items
// of a grant (form, medium, fee, payment, time), and the consequence test a refusal or a partial
// grant rests on (UU 14/2008 Pasal 2(4), 19), chosen or recorded on the spot.

export type DecisionOutcome = "GRANTED_FULL" | "GRANTED_PARTIAL" | "REJECTED" | "NOT_HELD";

export const DECIDE_EVENTS: Record<DecisionOutcome, RequestEvent> = {
  GRANTED_FULL: "DECIDE_GRANT_FULL",
  GRANTED_PARTIAL: "DECIDE_GRANT_PARTIAL",
  REJECTED: "DECIDE_REJECT",
  NOT_HELD: "DECIDE_NOT_HELD",
};

export type NewConsequenceTest = {
  information?: string;
  otherLegalBasis?: string;
  consequences: string;
  publicInterest: string;
  conclusion: "EXEMPT" | "PARTLY_OPEN";
  exemptionPeriod?: string;
  exemptUntil?: string;
  participants: string;
  decisionNumber: string;
  decisionDate: string;
};

export type DecideRequestInput = {
  requestId: string;
  outcome: DecisionOutcome;
  /** The material to be given (grants) or an explanation (Pasal 22(7) huruf d). */
  notes?: string;
  informationForm?: string;
  medium?: string;
  /** Copying/sending cost only, whole rupiah, ≥ 0 (UU 14/2008 Pasal 21 states low cost; charging only copying/sending is the office SOP's rule, a setting, not the UU). */
  feeAmount?: number;
  paymentMethod?: string;
  deliveryTime?: string;
  withheldParts?: WithheldPart[];
  pasal17Letters?: string[];
  consequenceTestId?: string;
  newConsequenceTest?: NewConsequenceTest;
  holdingBody?: string;
};

const clean = (value: string | undefined) => value?.trim() || undefined;

function fail(field: string, message: string): never {
  throw new UserError("INVALID_INPUT", message, { [field]: message });
}

/** Trims and checks what the table leaves to the form; returns the normalised input. */
export function normaliseDecision(input: DecideRequestInput): DecideRequestInput {
  const granted = input.outcome === "GRANTED_FULL" || input.outcome === "GRANTED_PARTIAL";
  const letters = [...new Set(input.pasal17Letters ?? [])];
  if (letters.some((l) => !isPasal17Letter(l))) fail("pasal17Letters", "Pasal 17 hanya memuat huruf a sampai j.");
  const out: DecideRequestInput = {
    requestId: input.requestId,
    outcome: input.outcome,
    notes: clean(input.notes),
    pasal17Letters: letters,
    withheldParts: (input.withheldParts ?? []).map((p) => ({ part: p.part.trim(), reason: p.reason.trim() })).filter((p) => p.part || p.reason),
    holdingBody: input.outcome === "NOT_HELD" ? clean(input.holdingBody) : undefined,
    consequenceTestId: clean(input.consequenceTestId),
    newConsequenceTest: input.newConsequenceTest,
  };
  if (!granted) return out;
  const fee = input.feeAmount ?? 0;
  if (!Number.isInteger(fee) || fee < 0) fail("feeAmount", "Biaya harus bilangan bulat rupiah, paling kecil 0.");
  const form = clean(input.informationForm) ?? fail("informationForm", "Sebutkan bentuk informasi yang diberikan.");
  const medium = clean(input.medium) ?? fail("medium", "Sebutkan alat penyampai (media) informasi.");
  const time = clean(input.deliveryTime) ?? fail("deliveryTime", "Sebutkan waktu penyediaan informasi.");
  const payment = clean(input.paymentMethod);
  if (fee > 0 && !payment) fail("paymentMethod", "Sebutkan cara pembayaran biaya.");
  const notes = out.notes ?? fail("notes", "Sebutkan materi informasi yang akan diberikan.");
  return { ...out, notes, informationForm: form, medium, deliveryTime: time, feeAmount: fee, paymentMethod: fee > 0 ? payment : undefined };
}

/** The value the table's validator sees: an existing test's id, or a marker for a new one. */
export function testMarker(input: DecideRequestInput): string | undefined {
  if (input.consequenceTestId && input.newConsequenceTest) {
    fail("consequenceTestId", "Pilih uji konsekuensi yang ada atau isi uji konsekuensi baru, tidak keduanya.");
  }
  return input.consequenceTestId ?? (input.newConsequenceTest ? "baru" : undefined);
}

/**
 * The consequence test the decision rests on: an existing one must exempt something (not OPEN) and
 * cover the Pasal 17 letters chosen; a new one is recorded in the caller's transaction.
 */
export async function resolveConsequenceTest(tx: Tx, input: DecideRequestInput, information: string) {
  const letters = input.pasal17Letters ?? [];
  if (input.consequenceTestId) {
    const test = await tx.consequenceTest.findUnique({ where: { id: input.consequenceTestId } });
    if (!test) fail("consequenceTestId", "Uji konsekuensi tidak ditemukan.");
    if (test.conclusion === "OPEN") fail("consequenceTestId", "Uji konsekuensi ini menyimpulkan informasi terbuka, sehingga tidak dapat menjadi dasar pengecualian.");
    const covered = new Set([...test.pasal17Letters, ...(test.otherLegalBasis ? ["j"] : [])]);
    const missing = letters.filter((l) => !covered.has(l));
    if (missing.length > 0) {
      fail("pasal17Letters", `Uji konsekuensi yang dipilih tidak mencakup ${formatPasal17(missing)}. Pilih uji konsekuensi yang sesuai atau buat yang baru.`);
    }
    return test;
  }
  const t = input.newConsequenceTest!;
  const need = (value: string | undefined, field: string, label: string) => clean(value) ?? fail(`test.${field}`, `${label} wajib diisi.`);
  if (letters.length === 0 && !clean(t.otherLegalBasis)) fail("pasal17Letters", "Pilih sedikitnya satu huruf Pasal 17 sebagai dasar uji konsekuensi.");
  if (t.conclusion !== "EXEMPT" && t.conclusion !== "PARTLY_OPEN") fail("test.conclusion", "Pilih kesimpulan: dikecualikan atau terbuka sebagian.");
  // UU 14/2008 Pasal 20(1): the exemptions of Pasal 17 a–f are not permanent; for g–j a period
  // rests on the consequence test (Pasal 2(4), 19). The test states one either way.
  if (!clean(t.exemptionPeriod) && !clean(t.exemptUntil)) fail("test.exemptionPeriod", "Tuliskan jangka waktu pengecualian atau tanggal berakhirnya.");
  if (clean(t.exemptUntil) && !isValidLocalDate(clean(t.exemptUntil))) fail("test.exemptUntil", "Tanggal akhir pengecualian tidak valid.");
  const decisionDate = need(t.decisionDate, "decisionDate", "Tanggal keputusan uji konsekuensi");
  if (!isValidLocalDate(decisionDate)) fail("test.decisionDate", "Tanggal keputusan uji konsekuensi tidak valid.");
  return tx.consequenceTest.create({
    data: {
      information: clean(t.information) ?? information.slice(0, 500),
      pasal17Letters: letters,
      otherLegalBasis: clean(t.otherLegalBasis) ?? null,
      consequences: need(t.consequences, "consequences", "Konsekuensi bila dibuka"),
      publicInterest: need(t.publicInterest, "publicInterest", "Pertimbangan kepentingan publik"),
      conclusion: t.conclusion,
      exemptionPeriod: clean(t.exemptionPeriod) ?? null,
      exemptUntil: toDbDateOrNull(clean(t.exemptUntil)),
      participants: need(t.participants, "participants", "Peserta uji konsekuensi"),
      decisionNumber: need(t.decisionNumber, "decisionNumber", "Nomor keputusan uji konsekuensi"),
      decisionDate: toDbDate(decisionDate),
    },
  });
}
