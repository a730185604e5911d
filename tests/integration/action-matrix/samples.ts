// One valid-shaped form per server action (tests/integration/action-matrix.test.ts), with ids of the
// prepared objects, and — for an action that acts on one object — the field naming it and who may
// act on it by the domain's scoping rules (lib/domain/permissions.ts). A new action without an entry
// here fails the matrix.
import { randomUUID } from "node:crypto";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { HOLIDAY_KINDS } from "@/lib/domain/calendar-types";
import { COMPLIANCE_ITEMS } from "@/lib/domain/dip-compliance";
import { canAccessCase, canManageUnitItem, type CaseActor } from "@/lib/domain/permissions";
import { IKM_ELEMENTS } from "@/lib/domain/ikm";
import { db } from "@/lib/server/db";
import { attachDipDocument } from "@/lib/server/services/attach-dip-document";
import type { AuthzFacts } from "../../support/authz-facts";
import { pdfFile } from "../../support/authz-fixtures";
import { officeSettingsForm } from "./office-form";

export type Fixtures = AuthzFacts & {
  holidayIds: [string, string];
  outboxId: string;
  taskId: string;
  spareStaffId: string;
  complaintNumber: string;
  utama: CaseActor & { id: string };
};
export type Form = Record<string, string | File>;
export type Sample = {
  fields: (fx: Fixtures) => Form | Promise<Form>;
  /** The object acted on: the field naming it, the value naming a missing one, who may act on it. */
  object?: { field: string; missing?: string; may: (actor: CaseActor, fx: Fixtures) => boolean };
};

export const MISSING = "cmissing0000000000000000x";
const today = () => toOfficeLocalDate(new Date(), "Asia/Makassar");
const onRequest = { field: "requestId", may: (a: CaseActor, fx: Fixtures) => canAccessCase(a, fx.request) };
const onOwnObjection = { field: "objectionId", may: (a: CaseActor, fx: Fixtures) => canAccessCase(a, fx.ownObjection.kase) };
const onDispute = { field: "disputeId", may: (a: CaseActor, fx: Fixtures) => canAccessCase(a, fx.dispute.kase) };
const onComplaint = { field: "complaintId", may: () => true };
const onDipEntry = (field: string) => ({ field, may: (a: CaseActor, fx: Fixtures) => canManageUnitItem(a, "dip.propose", fx.dipEntry.unitId) });
const berkalaItem = () => COMPLIANCE_ITEMS.find((i) => i.category === "BERKALA")!.code;
const text = (s: string) => `${s} (uji matriks otorisasi)`;

const requestForm = (): Form => ({
  requesterType: "INDIVIDUAL", name: "Yakobus Tefa", nik: "5371011203880003", address: "Jl. Frans Seda No. 5, Kupang",
  phone: "081298765432", email: "yakobus@contoh.id", occupation: "Guru", informationRequested: "Daftar puskesmas dan jam layanannya 2026",
  purpose: "Informasi untuk warga kelurahan", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(),
});
const dipForm = (fx: Fixtures): Form => ({
  title: "Data jumlah tenaga kesehatan", summary: "Jumlah tenaga kesehatan per puskesmas tahun 2026.", category: "BERKALA",
  unitId: fx.dipEntry.unitId, responsible: "Dinas Kesehatan", producedWhen: "2026", producedWhere: "Kupang", form: "SOFTCOPY",
  retention: "5 tahun", year: "2026",
});
const consequenceForm = (): Form => ({
  information: "Data rekam medis pasien", pasal17_h: "on", consequences: text("Membuka rahasia pribadi pasien"),
  publicInterest: text("Kepentingan publik tidak lebih besar"), conclusion: "EXEMPT", exemptionPeriod: "Selama pasien hidup",
  participants: "PPID Utama, Dinas Kesehatan", decisionNumber: "SK/UJI/2026/99", decisionDate: "2026-03-02",
});
const objectionForm = (fx: Fixtures): Form => ({
  permohonan: fx.request.number, ground_PERIODIC_NOT_PUBLISHED: "on", casePosition: text("Informasi berkala tidak diumumkan"), purpose: "Penelitian",
});
const byRequestNumber = { field: "permohonan", missing: "999/PMH/PPID-KPG/2026", may: (a: CaseActor, fx: Fixtures) => canAccessCase(a, fx.request) };

export const SAMPLES: Record<string, Sample> = {
  // auth-actions, password-reset-actions, account-activation-actions, track-actions, survey-actions, complaint-actions: public
  signInAction: { fields: () => ({ email: "tidak-terdaftar@contoh.id", password: "bukan-kata-sandinya" }) },
  registerCitizenAction: { fields: () => ({ name: "Warga Baru", email: "warga-baru@contoh.id", phone: "081311112222", password: "kuda-laut-berlari-pagi", passwordConfirm: "kuda-laut-berlari-pagi" }) },
  signOutAction: { fields: () => ({}) },
  requestPasswordResetAction: { fields: () => ({ email: "tidak-terdaftar@contoh.id" }) },
  resetPasswordAction: { fields: () => ({ token: "tautan-yang-tidak-pernah-dibuat", password: "kuda-laut-berlari-pagi", passwordConfirm: "kuda-laut-berlari-pagi" }) },
  activateAccountAction: { fields: () => ({ token: "activate.tautan.1.yang-tidak-pernah-dibuat" }) },
  resendActivationAction: { fields: () => ({ email: "tidak-terdaftar@contoh.id" }) },
  trackRequestAction: { fields: (fx) => ({ nomor: fx.request.number, kode: "ABCD2345" }) },
  trackComplaintAction: { fields: (fx) => ({ nomor: fx.complaintNumber, kode: "ABCD2345" }) },
  submitSurveyAction: { fields: () => Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, "4"])) },
  fileComplaintAction: { fields: () => ({ category: "SERVICE_QUALITY", officialConcerned: "Petugas meja", description: text("Antrean tidak dilayani tepat waktu"), submissionKey: randomUUID() }) },
  createRequestAction: { fields: () => ({ ...requestForm(), document: pdfFile("ktp.pdf") }) },
  // request-intake-actions
  registerRequestAction: { fields: () => ({ ...requestForm(), channel: "WALK_IN", receivedDate: today(), receivedTime: "00:01" }) },
  withdrawMyRequestAction: { fields: (fx) => ({ requestId: fx.request.id }), object: onRequest },
  submitCompletionAction: { fields: (fx) => ({ requestId: fx.request.id, file: pdfFile("akta.pdf") }), object: onRequest },
  // request-processing-actions
  verifyRequestAction: { fields: (fx) => ({ requestId: fx.request.id }), object: onRequest },
  requestCompletionAction: { fields: (fx) => ({ requestId: fx.request.id, reason: text("Lampirkan KTP yang terbaca") }), object: onRequest },
  forwardRequestAction: { fields: (fx) => ({ requestId: fx.request.id, unitId: fx.units.DINKES! }), object: onRequest },
  prepareAnswerAction: { fields: (fx) => ({ requestId: fx.request.id, notes: text("Data tersedia") }), object: onRequest },
  returnForRevisionAction: { fields: (fx) => ({ requestId: fx.request.id, reason: text("Lengkapi tabel") }), object: onRequest },
  extendRequestAction: { fields: (fx) => ({ requestId: fx.request.id, reason: text("Data masih dihimpun dari puskesmas") }), object: onRequest },
  decideRequestAction: {
    fields: (fx) => ({ requestId: fx.request.id, outcome: "GRANTED_FULL", notes: "Data cakupan imunisasi 2025", informationForm: "Tabel", medium: "Surel", deliveryTime: "Hari ini" }),
    object: onRequest,
  },
  deliverRequestAction: { fields: (fx) => ({ requestId: fx.request.id, handoverMethod: "EMAIL", deliveredOn: today(), note: "Dikirim lewat surel" }), object: onRequest },
  officeWithdrawAction: { fields: (fx) => ({ requestId: fx.request.id, reason: text("Ditarik lewat telepon") }), object: onRequest },
  officeCompletionAction: { fields: (fx) => ({ requestId: fx.request.id, file: pdfFile("akta.pdf") }), object: onRequest },
  recordLetterReceiptAction: {
    fields: (fx) => ({ letterId: fx.letter.id, deliveredVia: "EMAIL", receivedOn: today() }),
    object: { field: "letterId", may: (a, fx) => canAccessCase(a, fx.letter.kase) },
  },
  // objection-actions
  fileObjectionAction: { fields: objectionForm, object: byRequestNumber },
  deskObjectionAction: { fields: (fx) => ({ ...objectionForm(fx), channel: "WALK_IN", receivedDate: today(), receivedTime: "00:01" }), object: byRequestNumber },
  consultTimAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, note: text("Tim menyarankan dibuka") }), object: onOwnObjection },
  answerObjectionAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, decision: "REJECT", reason: text("Sudah diumumkan") }), object: onOwnObjection },
  respondOwnAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, response: "ACCEPT" }), object: onOwnObjection },
  respondOnBehalfAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, response: "ACCEPT" }), object: onOwnObjection },
  withdrawOwnAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id }), object: onOwnObjection },
  withdrawOnBehalfAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, note: "Lewat telepon" }), object: onOwnObjection },
  completeTaskAction: { fields: (fx) => ({ taskId: fx.taskId, note: text("Salinan dikirim") }), object: { field: "taskId", may: (a, fx) => canAccessCase(a, fx.ownObjection.kase) } },
  // dispute-actions
  recordDisputeAction: { fields: (fx) => ({ objectionId: fx.ownObjection.id, filedOn: today() }), object: onOwnObjection },
  advanceDisputeAction: { fields: (fx) => ({ disputeId: fx.dispute.id, event: "START_MEDIATION", date: today() }), object: onDispute },
  disputeDetailsAction: { fields: (fx) => ({ disputeId: fx.dispute.id, commission: "Komisi Informasi Provinsi NTT" }), object: onDispute },
  disputeDocumentAction: { fields: (fx) => ({ disputeId: fx.dispute.id, file: pdfFile("risalah.pdf") }), object: onDispute },
  goToCourtAction: { fields: (fx) => ({ disputeId: fx.dispute.id, court: "PTUN", filedBy: "BODY", filedOn: today() }), object: onDispute },
  courtRulingAction: { fields: (fx) => ({ disputeId: fx.dispute.id, rulingDate: today(), rulingText: text("Gugatan ditolak") }), object: onDispute },
  // complaint-actions (the register: every complaint is the holders')
  assignComplaintAction: { fields: (fx) => ({ complaintId: fx.complaint.id, assigneeId: fx.utama.id }), object: onComplaint },
  addComplaintNoteAction: { fields: (fx) => ({ complaintId: fx.complaint.id, text: text("Petugas sudah ditegur") }), object: onComplaint },
  closeComplaintAction: { fields: (fx) => ({ complaintId: fx.complaint.id, answer: text("Petugas sudah ditegur dan dibina") }), object: onComplaint },
  // dip-actions, dip-compliance-actions, consequence-test-actions
  createDipEntryAction: { fields: dipForm },
  updateDipEntryAction: { fields: (fx) => ({ ...dipForm(fx), entryId: fx.dipEntry.id }), object: onDipEntry("entryId") },
  submitDipEntryAction: { fields: (fx) => ({ entryId: fx.dipEntry.id, event: "SUBMIT" }), object: onDipEntry("entryId") },
  reviewDipEntryAction: { fields: (fx) => ({ entryId: fx.dipEntry.id, event: "UNPUBLISH", note: text("Diperbarui") }), object: onDipEntry("entryId") },
  attachDipDocumentAction: { fields: (fx) => ({ entryId: fx.dipEntry.id, file: pdfFile("data.pdf") }), object: onDipEntry("entryId") },
  removeDipDocumentAction: {
    // A document of its own for each call: a removal by one holder leaves nothing for the next.
    fields: async (fx) => ({ entryId: fx.dipEntry.id, attachmentId: (await attachDipDocument(fx.utama, fx.dipEntry.id, pdfFile("hapus.pdf"))).id }),
    object: onDipEntry("entryId"),
  },
  mapComplianceItemAction: { fields: (fx) => ({ itemCode: berkalaItem(), dipEntryId: fx.dipEntry.id }), object: onDipEntry("dipEntryId") },
  // Unmapping is idempotent (a pair that is not mapped is "unmapped" already): no object to miss.
  unmapComplianceItemAction: { fields: (fx) => ({ itemCode: berkalaItem(), dipEntryId: fx.dipEntry.id }) },
  createConsequenceTestAction: { fields: consequenceForm },
  updateConsequenceTestAction: { fields: (fx) => ({ ...consequenceForm(), testId: fx.consequenceTest.id }), object: { field: "testId", may: () => true } },
  // calendar-actions, settings-actions, user-actions, outbox-actions
  addHolidayAction: { fields: () => ({ date: "2031-05-05", name: "Hari uji matriks", kind: HOLIDAY_KINDS[2]! }) },
  updateHolidayAction: { fields: (fx) => ({ id: fx.holidayIds[0], date: "2031-05-06", name: "Hari uji matriks", kind: HOLIDAY_KINDS[2]! }), object: { field: "id", may: () => true } },
  removeHolidayAction: { fields: (fx) => ({ id: fx.holidayIds[1] }), object: { field: "id", may: () => true } },
  importHolidaysAction: {
    fields: () => ({ year: "2032", mode: "MERGE", file: new File([JSON.stringify([{ date: "2032-01-01", name: "Tahun Baru 2032", kind: "NATIONAL" }])], "libur.json", { type: "application/json" }) }),
  },
  prefillHolidaysAction: { fields: () => ({ year: "2033" }) },
  setCalendarYearOfficialAction: { fields: () => ({ year: "2033", official: "false" }) },
  setCutiBersamaWorkingDayAction: { fields: () => ({}) },
  updateOfficeSettingsAction: { fields: officeSettingsForm },
  createStaffUserAction: { fields: () => ({ name: "Petugas Baru", email: "petugas-baru@kupang.demo", role: "DESK_OFFICER", password: "kuda-laut-berlari-pagi" }) },
  setUserDisabledAction: { fields: (fx) => ({ userId: fx.spareStaffId, disabled: "true" }), object: { field: "userId", may: () => true } },
  resendOutboxMessageAction: {
    // Failed again before each call: a resend by one holder puts it back in the queue for the next.
    fields: async (fx) => ({ id: (await db().emailOutbox.update({ where: { id: fx.outboxId }, data: { status: "FAILED" } })).id }),
    object: { field: "id", may: () => true },
  },
  // mail-preference-actions, report-actions, survey follow-up
  saveStaffMailPreferencesAction: { fields: () => ({}) },
  saveCitizenMailPreferencesAction: { fields: () => ({}) },
  saveReportTextsAction: { fields: () => ({ periodKey: "2026", servicePolicy: text("Kebijakan layanan") }) },
  saveSurveyFollowUpAction: { fields: () => ({ year: "2026", half: "1", text: text("Ruang tunggu diperbaiki") }) },
};
