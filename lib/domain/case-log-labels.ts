// The past-tense line of every row of the case log (CaseEvent), for all three case kinds. The
// workflow events come from labels.ts; the log rows that are not workflow steps (a follow-up order
// carried out, dispute details, documents) are named here. Unknown events show their code.

import { DISPUTE_EVENT_LABELS, OBJECTION_EVENT_LABELS, REQUEST_EVENT_LABELS } from "./labels";

export type CaseLogKind = "REQUEST" | "OBJECTION" | "DISPUTE";

export const CASE_KIND_LABELS: Record<CaseLogKind, string> = {
  REQUEST: "Permohonan",
  OBJECTION: "Keberatan",
  DISPUTE: "Sengketa",
};

/** Log rows written by the objection/dispute services that are not steps of a workflow table. */
export const EXTRA_LOG_LABELS: Record<string, string> = {
  FOLLOW_UP_DONE: "Perintah Atasan PPID dinyatakan telah dilaksanakan",
  UPDATE_DETAILS: "Data sengketa diperbarui",
  DOCUMENT_ADDED: "Dokumen sengketa ditambahkan",
  RECORD_LETTER_RECEIPT: "Penerimaan surat oleh pemohon dicatat",
};

export function caseEventLabel(kind: string, event: string): string {
  const tables: Record<string, Record<string, { history: string }>> = {
    REQUEST: REQUEST_EVENT_LABELS,
    OBJECTION: OBJECTION_EVENT_LABELS,
    DISPUTE: DISPUTE_EVENT_LABELS,
  };
  return tables[kind]?.[event]?.history ?? EXTRA_LOG_LABELS[event] ?? event;
}
