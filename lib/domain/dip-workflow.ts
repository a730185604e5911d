// The review workflow of the Daftar Informasi Publik (DIP/DIK), docs/domain.md, DIP.
// UU 14/2008 Pasal 9–11 (what is announced), Pasal 17–20 (what is exempt, and until when);
// Permendagri 3/2017: the PPID (Utama) approves ("mengesahkan") what is published, PPID Pelaksana
// propose entries for their own unit. Settled here:
// - A PPID Pelaksana creates, edits and submits entries of their own unit only; the PPID Utama
//   may do so for every unit. Only the PPID Utama returns, publishes, unpublishes, republishes.
// - Editing (fields and documents) is possible only in DRAFT or RETURNED: a published entry is
//   never changed behind the approval; it is unpublished (with a reason) instead.
// - An exempt entry (DIKECUALIKAN) is submitted/published only with a consequence test that
//   concludes "exempt" or "partly open" and whose exemption period has not ended (Pasal 19, 20).
// - EXEMPTION_ENDED is fired by the system (Pasal 20): the entry leaves the DIK for the DIP; the
//   status stays (a published DIK entry is now a published DIP entry; a draft still needs approval).

import { canManageUnitItem, type CaseActor } from "./permissions";
import { START, STAY, type TransitionRow, type Workflow } from "./workflow";

export const DIP_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "UNPUBLISHED"] as const;
export type DipStatus = (typeof DIP_STATUSES)[number];

export const DIP_CATEGORIES = ["BERKALA", "SERTA_MERTA", "SETIAP_SAAT", "DIKECUALIKAN"] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];

export const CONSEQUENCE_CONCLUSIONS = ["EXEMPT", "OPEN", "PARTLY_OPEN"] as const;
export type ConsequenceConclusion = (typeof CONSEQUENCE_CONCLUSIONS)[number];

export const DIP_EVENTS = ["CREATE", "SUBMIT", "RETURN", "PUBLISH", "UNPUBLISH", "REPUBLISH", "EXEMPTION_ENDED"] as const;
export type DipEvent = (typeof DIP_EVENTS)[number];

/** Events written to the log that change no status (not in the table). */
export const DIP_LOG_EVENTS = ["UPDATE", "DOCUMENT_ADDED", "DOCUMENT_REMOVED", "OPENED_BY_DECISION"] as const;
export type DipLogEvent = (typeof DIP_LOG_EVENTS)[number];

export const EDITABLE_DIP_STATUSES: readonly DipStatus[] = ["DRAFT", "RETURNED"];

export const DIP_STATUS_LABELS: Record<DipStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Diusulkan, menunggu persetujuan",
  RETURNED: "Dikembalikan untuk perbaikan",
  PUBLISHED: "Diterbitkan",
  UNPUBLISHED: "Ditarik dari publikasi",
};

export const DIP_EVENT_LABELS: Record<DipEvent | DipLogEvent, { button: string; history: string }> = {
  CREATE: { button: "Buat entri", history: "Entri dibuat" },
  SUBMIT: { button: "Ajukan untuk disahkan", history: "Diajukan untuk disahkan" },
  RETURN: { button: "Kembalikan untuk perbaikan", history: "Dikembalikan untuk perbaikan" },
  PUBLISH: { button: "Sahkan dan terbitkan", history: "Disahkan dan diterbitkan" },
  UNPUBLISH: { button: "Tarik dari publikasi", history: "Ditarik dari publikasi" },
  REPUBLISH: { button: "Terbitkan kembali", history: "Diterbitkan kembali" },
  EXEMPTION_ENDED: { button: "Akhiri pengecualian", history: "Masa pengecualian berakhir; informasi menjadi terbuka" },
  UPDATE: { button: "Simpan perubahan", history: "Isian diubah" },
  DOCUMENT_ADDED: { button: "Unggah dokumen", history: "Dokumen ditambahkan" },
  DOCUMENT_REMOVED: { button: "Hapus dokumen", history: "Dokumen dihapus" },
  // UU 14/2008 Pasal 11(2): information a dispute decision or an objection answer opened becomes
  // available at any time; the entry leaves the exempt list (its status stays).
  OPENED_BY_DECISION: { button: "Buka informasi", history: "Informasi dinyatakan terbuka oleh putusan/perintah; keluar dari daftar dikecualikan" },
};

export type DipContext = {
  /** The acting user's unit (PPID Pelaksana are bound to one). */
  actorUnitId: string | null;
  entryUnitId: string;
  category: DipCategory;
  consequenceTest: { conclusion: ConsequenceConclusion; exemptUntil: string | null } | null;
  /** Office-local date "YYYY-MM-DD". */
  today: string;
  /** What the actor enters with the event (return note, unpublish reason). */
  note?: string;
};

export type DipWorkflow = Workflow<DipStatus, DipEvent, DipContext, never>;
type Row = TransitionRow<DipStatus, DipEvent, DipContext, never>;

const OWN_UNIT_ONLY = "PPID Pelaksana hanya dapat mengelola entri unitnya sendiri.";

function guardOwnUnit(ctx: DipContext): string | null {
  return ctx.actorUnitId !== null && ctx.actorUnitId === ctx.entryUnitId ? null : OWN_UNIT_ONLY;
}

/** UU 14/2008 Pasal 19–20: an exempt entry rests on a live consequence test that exempts. */
export function guardExemptBasis(ctx: DipContext): string | null {
  if (ctx.category !== "DIKECUALIKAN") return null;
  const test = ctx.consequenceTest;
  if (!test) return "Informasi yang dikecualikan harus merujuk pada uji konsekuensi (UU 14/2008 Pasal 19).";
  if (test.conclusion === "OPEN") return "Uji konsekuensi yang dirujuk menyimpulkan informasi ini terbuka.";
  if (exemptionEnded(test.exemptUntil, ctx.today)) {
    return "Masa pengecualian menurut uji konsekuensi sudah berakhir (UU 14/2008 Pasal 20).";
  }
  return null;
}

/** The last exempt day is exemptUntil itself; from the next office-local day it is public. */
export function exemptionEnded(exemptUntil: string | null, today: string): boolean {
  return exemptUntil !== null && exemptUntil < today;
}

function guardSubmitOwnUnit(ctx: DipContext): string | null {
  return guardOwnUnit(ctx) ?? guardExemptBasis(ctx);
}

function guardExemptionEnded(ctx: DipContext): string | null {
  if (ctx.category !== "DIKECUALIKAN") return "Entri ini bukan informasi yang dikecualikan.";
  if (!exemptionEnded(ctx.consequenceTest?.exemptUntil ?? null, ctx.today)) return "Masa pengecualian belum berakhir.";
  return null;
}

function requireNote(message: string) {
  return (ctx: DipContext): string | null => ((ctx.note ?? "").trim().length >= 5 ? null : message);
}

function row(event: DipEvent, spec: Omit<Row, "event" | "label">): Row {
  return { event, label: DIP_EVENT_LABELS[event].button, ...spec };
}

const ALL: readonly DipStatus[] = DIP_STATUSES;

export const DIP_TRANSITIONS: readonly Row[] = [
  // Permendagri 3/2017: PPID Pelaksana propose entries for their own unit.
  row("CREATE", { from: START, roles: ["PPID_PELAKSANA"], guard: guardOwnUnit, to: "DRAFT" }),
  row("CREATE", { from: START, roles: ["PPID_UTAMA"], to: "DRAFT" }),
  row("SUBMIT", { from: ["DRAFT", "RETURNED"], roles: ["PPID_PELAKSANA"], guard: guardSubmitOwnUnit, to: "SUBMITTED" }),
  row("SUBMIT", { from: ["DRAFT", "RETURNED"], roles: ["PPID_UTAMA"], guard: guardExemptBasis, to: "SUBMITTED" }),
  // Permendagri 3/2017: the PPID approves what is published, or sends it back with a note.
  row("RETURN", {
    from: "SUBMITTED", roles: ["PPID_UTAMA"], to: "RETURNED",
    validate: requireNote("Tuliskan catatan perbaikan (minimal 5 karakter)."),
  }),
  row("PUBLISH", { from: "SUBMITTED", roles: ["PPID_UTAMA"], guard: guardExemptBasis, to: "PUBLISHED" }),
  row("UNPUBLISH", {
    from: "PUBLISHED", roles: ["PPID_UTAMA"], to: "UNPUBLISHED",
    validate: requireNote("Tuliskan alasan penarikan (minimal 5 karakter)."),
  }),
  row("REPUBLISH", { from: "UNPUBLISHED", roles: ["PPID_UTAMA"], guard: guardExemptBasis, to: "PUBLISHED" }),
  // UU 14/2008 Pasal 20(1) (Pasal 17 a–f not permanent) and the consequence test's period (g–j):
  // the system releases the entry when the period ends.
  row("EXEMPTION_ENDED", { from: ALL, roles: ["SYSTEM"], system: true, guard: guardExemptionEnded, to: STAY }),
];

export const DIP_WORKFLOW: DipWorkflow = {
  noun: "entri DIP",
  statuses: DIP_STATUSES,
  events: DIP_EVENTS,
  statusLabels: DIP_STATUS_LABELS,
  rows: DIP_TRANSITIONS,
};

/** Fields and documents change only in DRAFT/RETURNED, by the entry's unit or the PPID Utama. */
export function canEditDipEntry(actor: CaseActor, entry: { status: DipStatus; unitId: string }): boolean {
  if (!EDITABLE_DIP_STATUSES.includes(entry.status)) return false;
  return canManageUnitItem(actor, "dip.propose", entry.unitId);
}

export function isDipStatus(value: unknown): value is DipStatus {
  return typeof value === "string" && (DIP_STATUSES as readonly string[]).includes(value);
}

export function isDipCategory(value: unknown): value is DipCategory {
  return typeof value === "string" && (DIP_CATEGORIES as readonly string[]).includes(value);
}

/** DIP-001, DIP-033, DIP-1000: the catalogue's register number (at least three digits). */
export function formatDipNumber(sequence: number): string {
  return `DIP-${String(sequence).padStart(3, "0")}`;
}
