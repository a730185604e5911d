// Pengaduan: complaints about abuse of authority, violations by officials, and the quality of the
// service. UU 25/2009 (Pelayanan Publik) Pasal 36(1): the provider must offer a complaint channel,
// and Pasal 40(1): anyone may complain; Pasal 36(3) and Perpres 76/2013: complaints are handled and
// answered. Complaints about public services that belong to the national system go to SP4N-LAPOR!
// (Perpres 76/2013 Pasal 11; Permenpan RB 62/2018). Identity is optional: an anonymous complaint is
// handled, but nobody can be given personal feedback (office SOP setting, stated on the form).

export const COMPLAINT_CATEGORIES = ["ABUSE_OF_AUTHORITY", "OFFICIAL_VIOLATION", "SERVICE_QUALITY"] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  ABUSE_OF_AUTHORITY: "Penyalahgunaan wewenang",
  OFFICIAL_VIOLATION: "Pelanggaran oleh pejabat/petugas",
  SERVICE_QUALITY: "Kualitas layanan",
};

export const COMPLAINT_STATUSES = ["RECEIVED", "IN_FOLLOW_UP", "CLOSED"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  RECEIVED: "Diterima",
  IN_FOLLOW_UP: "Dalam tindak lanjut",
  CLOSED: "Selesai",
};

/** The national complaint channel (Perpres 76/2013), linked on the form and the register. */
export const SP4N_LAPOR_URL = "https://www.lapor.go.id/";

export const COMPLAINT_LIMITS = { name: 200, contact: 200, email: 200, official: 300, description: 5000, note: 4000, answer: 5000 } as const;

export type ComplaintStep = "ASSIGN" | "NOTE" | "CLOSE";

/**
 * Which register steps a complaint in a status allows. Assigning or noting a received complaint
 * puts it into follow-up; a closed complaint is final (a new complaint is a new number).
 */
export function complaintStepAllowed(status: ComplaintStatus, step: ComplaintStep): boolean {
  return status !== "CLOSED";
}

export function statusAfter(status: ComplaintStatus, step: ComplaintStep): ComplaintStatus {
  if (step === "CLOSE") return "CLOSED";
  return status === "RECEIVED" ? "IN_FOLLOW_UP" : status;
}

/** An anonymous complaint: neither a name nor any way to reach the complainant. */
export function isAnonymous(c: { name: string | null; contact: string | null; email: string | null }): boolean {
  return !c.name && !c.contact && !c.email;
}
