import "server-only";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { formatPasal17, isPasal17Letter } from "@/lib/domain/pasal-17";
import { grantPartialInputErrors, rejectInputErrors } from "@/lib/domain/request-guards";
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

/** One error carrying every field's message, so the form marks all of them in one submit. */
function failAll(errors: Record<string, string>): void {
  const messages = Object.values(errors);
  if (messages.length === 0) return;
  throw new UserError("INVALID_INPUT", messages.length === 1 ? messages[0]! : `Periksa kembali isian yang ditandai: ${messages.join(" ")}`, errors);
}

/** What a consequence test recorded on the spot is missing (field keys "test.<name>"). */
function newTestErrors(t: NewConsequenceTest, letters: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const need = (value: string | undefined, field: string, label: string) => {
    if (!clean(value)) errors[`test.${field}`] = `${label} wajib diisi.`;
  };
  if (letters.length === 0 && !clean(t.otherLegalBasis)) errors.pasal17Letters = "Pilih sedikitnya satu huruf Pasal 17 sebagai dasar uji konsekuensi.";
  need(t.consequences, "consequences", "Konsekuensi bila dibuka");
  need(t.publicInterest, "publicInterest", "Pertimbangan kepentingan publik");
  if (t.conclusion !== "EXEMPT" && t.conclusion !== "PARTLY_OPEN") errors["test.conclusion"] = "Pilih kesimpulan: dikecualikan atau terbuka sebagian.";
  // UU 14/2008 Pasal 20(1): the exemptions of Pasal 17 a–f are not permanent; for g–j a period
  // rests on the consequence test (Pasal 2(4), 19). The test states one either way.
  if (!clean(t.exemptionPeriod) && !clean(t.exemptUntil)) errors["test.exemptionPeriod"] = "Tuliskan jangka waktu pengecualian atau tanggal berakhirnya.";
  if (clean(t.exemptUntil) && !isValidLocalDate(clean(t.exemptUntil))) errors["test.exemptUntil"] = "Tanggal akhir pengecualian tidak valid.";
  need(t.participants, "participants", "Peserta uji konsekuensi");
  need(t.decisionNumber, "decisionNumber", "Nomor keputusan uji konsekuensi");
  if (!clean(t.decisionDate)) errors["test.decisionDate"] = "Tanggal keputusan uji konsekuensi wajib diisi.";
  else if (!isValidLocalDate(clean(t.decisionDate))) errors["test.decisionDate"] = "Tanggal keputusan uji konsekuensi tidak valid.";
  return errors;
}

/**
 * Trims and checks everything the decision needs — the grant's Pasal 22(7) items, the withheld
 * parts, the Pasal 17 letters, the consequence test and its fields — and reports every missing
 * item at once; returns the normalised input.
 */
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
  const tableInput = { pasal17Letters: letters, withheldParts: out.withheldParts, consequenceTestId: out.consequenceTestId ?? (out.newConsequenceTest ? "baru" : undefined) };
  const withholds = input.outcome === "REJECTED" || input.outcome === "GRANTED_PARTIAL";
  const errors: Record<string, string> = {
    ...(withholds && out.newConsequenceTest && !out.consequenceTestId ? newTestErrors(out.newConsequenceTest, letters) : {}),
    ...(input.outcome === "REJECTED" ? rejectInputErrors(tableInput) : {}),
    ...(input.outcome === "GRANTED_PARTIAL" ? grantPartialInputErrors(tableInput) : {}),
  };
  if (!granted) {
    failAll(errors);
    return out;
  }
  const fee = input.feeAmount ?? 0;
  const payment = clean(input.paymentMethod);
  const granting: Record<string, string> = {};
  if (!Number.isInteger(fee) || fee < 0) granting.feeAmount = "Biaya harus bilangan bulat rupiah, paling kecil 0.";
  if (!clean(input.notes)) granting.notes = "Sebutkan materi informasi yang akan diberikan.";
  if (!clean(input.informationForm)) granting.informationForm = "Sebutkan bentuk informasi yang diberikan.";
  if (!clean(input.medium)) granting.medium = "Sebutkan alat penyampai (media) informasi.";
  if (fee > 0 && !payment) granting.paymentMethod = "Sebutkan cara pembayaran biaya.";
  if (!clean(input.deliveryTime)) granting.deliveryTime = "Sebutkan waktu penyediaan informasi.";
  failAll({ ...granting, ...errors });
  return {
    ...out,
    notes: clean(input.notes),
    informationForm: clean(input.informationForm),
    medium: clean(input.medium),
    deliveryTime: clean(input.deliveryTime),
    feeAmount: fee,
    paymentMethod: fee > 0 ? payment : undefined,
  };
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
  failAll(newTestErrors(t, letters));
  return tx.consequenceTest.create({
    data: {
      information: clean(t.information) ?? information.slice(0, 500),
      pasal17Letters: letters,
      otherLegalBasis: clean(t.otherLegalBasis) ?? null,
      consequences: t.consequences.trim(),
      publicInterest: t.publicInterest.trim(),
      conclusion: t.conclusion,
      exemptionPeriod: clean(t.exemptionPeriod) ?? null,
      exemptUntil: toDbDateOrNull(clean(t.exemptUntil)),
      participants: t.participants.trim(),
      decisionNumber: t.decisionNumber.trim(),
      decisionDate: toDbDate(t.decisionDate.trim()),
    },
  });
}
