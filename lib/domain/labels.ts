// Every Indonesian label the UI shows for the case workflows, in one place: statuses, outcomes,
// objection grounds, channels, and events (the button label and the past-tense line of the case
// history). Roles: ROLE_LABELS in roles.ts (re-exported here); letters: LETTERS in letters.ts.

import type { DisputeEvent, DisputeOutcome, DisputeStatus } from "./dispute-workflow";
import type { ObjectionGround } from "./objection-grounds";
import type { ObjectionEvent, ObjectionOutcome, ObjectionStatus } from "./objection-workflow";
import type { RequestChannel, RequestEvent, RequestOutcome, RequestStatus } from "./request-workflow";

export { ACTOR_LABELS, ROLE_LABELS } from "./roles";

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  RECEIVED: "Diterima",
  AWAITING_COMPLETION: "Menunggu kelengkapan persyaratan",
  VERIFIED: "Lengkap, menunggu diteruskan",
  IN_PROCESS: "Sedang diproses",
  ANSWER_PREPARED: "Jawaban disiapkan",
  DECIDED: "Diputuskan, menunggu penyerahan",
  CLOSED: "Selesai",
};

export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = {
  GRANTED_FULL: "Dikabulkan seluruhnya",
  GRANTED_PARTIAL: "Dikabulkan sebagian",
  REJECTED: "Ditolak",
  NOT_HELD: "Informasi tidak dikuasai",
  LAPSED: "Batal (persyaratan tidak dilengkapi)",
  WITHDRAWN: "Ditarik oleh pemohon",
};

export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, string> = {
  ONLINE: "Daring (portal)",
  WALK_IN: "Datang langsung",
  POST: "Pos",
  EMAIL: "Surel (e-mail)",
  PHONE: "Telepon",
};

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  RECEIVED: "Diterima",
  UNDER_REVIEW: "Sedang diperiksa",
  ANSWERED: "Sudah ditanggapi",
  CLOSED: "Selesai",
};

export const OBJECTION_OUTCOME_LABELS: Record<ObjectionOutcome, string> = {
  ACCEPTED_FULL: "Keberatan diterima seluruhnya",
  ACCEPTED_PARTIAL: "Keberatan diterima sebagian",
  REJECTED: "Keberatan ditolak",
  SETTLED: "Selesai secara musyawarah",
  WITHDRAWN: "Ditarik oleh pemohon",
  INADMISSIBLE: "Keberatan tidak dapat diterima",
};

/** UU 14/2008 Pasal 35 ayat (1) huruf a–g. */
export const OBJECTION_GROUND_LABELS: Record<ObjectionGround, string> = {
  REFUSED_PASAL_17: "Permohonan ditolak dengan alasan pengecualian (Pasal 17)",
  PERIODIC_NOT_PUBLISHED: "Informasi berkala tidak disediakan",
  NOT_ANSWERED: "Permohonan tidak ditanggapi",
  ANSWERED_OTHERWISE: "Permohonan ditanggapi tidak sebagaimana yang diminta",
  NOT_FULFILLED: "Permohonan informasi tidak dipenuhi",
  UNREASONABLE_FEE: "Biaya yang dikenakan tidak wajar",
  LATE_DELIVERY: "Informasi disampaikan melebihi jangka waktu",
};

export const DISPUTE_STATUS_LABELS: Record<DisputeStatus, string> = {
  FILED: "Didaftarkan ke Komisi Informasi",
  MEDIATION: "Mediasi",
  ADJUDICATION: "Ajudikasi",
  RULED: "Sudah diputus",
  IN_COURT: "Di pengadilan",
  CLOSED: "Selesai",
};

export const DISPUTE_OUTCOME_LABELS: Record<DisputeOutcome, string> = {
  MEDIATION_AGREEMENT: "Kesepakatan mediasi",
  GRANTED: "Permohonan pemohon dikabulkan",
  GRANTED_PARTIAL: "Permohonan pemohon dikabulkan sebagian",
  REJECTED: "Permohonan pemohon ditolak",
  WITHDRAWN: "Dicabut oleh pemohon",
};

type EventLabel = { button: string; history: string };

export const REQUEST_EVENT_LABELS: Record<RequestEvent, EventLabel> = {
  SUBMIT: { button: "Ajukan permohonan", history: "Permohonan diajukan melalui portal" },
  REGISTER: { button: "Catat permohonan", history: "Permohonan dicatat oleh petugas" },
  VERIFY_COMPLETE: { button: "Nyatakan lengkap", history: "Permohonan dinyatakan lengkap" },
  REQUEST_COMPLETION: { button: "Minta kelengkapan persyaratan", history: "Pemohon diminta melengkapi persyaratan" },
  SUBMIT_COMPLETION: { button: "Kirim kelengkapan persyaratan", history: "Kelengkapan persyaratan diterima" },
  LAPSE: { button: "Nyatakan batal", history: "Permohonan batal karena persyaratan tidak dilengkapi" },
  FORWARD_TO_UNIT: { button: "Teruskan ke unit", history: "Permohonan diteruskan ke unit" },
  PREPARE_ANSWER: { button: "Kirim rancangan jawaban", history: "Rancangan jawaban disiapkan" },
  RETURN_FOR_REVISION: { button: "Kembalikan untuk diperbaiki", history: "Rancangan jawaban dikembalikan untuk diperbaiki" },
  EXTEND: { button: "Perpanjang waktu jawaban", history: "Waktu jawaban diperpanjang" },
  DECIDE_GRANT_FULL: { button: "Kabulkan seluruhnya", history: "Permohonan dikabulkan seluruhnya" },
  DECIDE_GRANT_PARTIAL: { button: "Kabulkan sebagian", history: "Permohonan dikabulkan sebagian" },
  DECIDE_REJECT: { button: "Tolak permohonan", history: "Permohonan ditolak" },
  DECIDE_NOT_HELD: { button: "Nyatakan informasi tidak dikuasai", history: "Informasi dinyatakan tidak dikuasai" },
  DELIVER: { button: "Catat penyerahan informasi", history: "Informasi diserahkan kepada pemohon" },
  WITHDRAW: { button: "Tarik permohonan", history: "Permohonan ditarik" },
  FOLLOW_UP_ORDER: { button: "Buka kembali atas perintah Atasan PPID", history: "Dibuka kembali atas perintah Atasan PPID" },
  RECOMPUTE_DEADLINE: { button: "Hitung ulang batas waktu", history: "Batas waktu dihitung ulang karena kalender berubah" },
};

export const OBJECTION_EVENT_LABELS: Record<ObjectionEvent, EventLabel> = {
  FILE: { button: "Ajukan keberatan", history: "Keberatan diajukan" },
  CONSULT_TIM: { button: "Catat pertimbangan Tim", history: "Tim Pertimbangan Pelayanan Informasi dimintai pendapat" },
  ACCEPT_FULL: { button: "Terima keberatan seluruhnya", history: "Keberatan diterima seluruhnya" },
  ACCEPT_PARTIAL: { button: "Terima keberatan sebagian", history: "Keberatan diterima sebagian" },
  REJECT: { button: "Tolak keberatan", history: "Keberatan ditolak" },
  SETTLE: { button: "Catat penyelesaian musyawarah", history: "Keberatan diselesaikan secara musyawarah" },
  SETTLE_IN_PART: { button: "Catat musyawarah atas alasan huruf b–g", history: "Alasan huruf b–g diselesaikan secara musyawarah; alasan huruf a tetap ditanggapi" },
  DECLARE_INADMISSIBLE: { button: "Nyatakan keberatan tidak dapat diterima", history: "Keberatan dinyatakan tidak dapat diterima" },
  REQUESTER_ACCEPT: { button: "Terima tanggapan", history: "Pemohon menerima tanggapan Atasan PPID" },
  REQUESTER_ESCALATE: { button: "Lanjutkan ke Komisi Informasi", history: "Pemohon melanjutkan ke Komisi Informasi" },
  WITHDRAW: { button: "Tarik keberatan", history: "Keberatan ditarik" },
  CLOSE_AFTER_WINDOW: { button: "Tutup keberatan", history: "Ditutup: batas waktu pengajuan sengketa berakhir" },
  RECOMPUTE_DEADLINE: { button: "Hitung ulang batas waktu", history: "Batas waktu dihitung ulang karena kalender berubah" },
};

export const DISPUTE_EVENT_LABELS: Record<DisputeEvent, EventLabel> = {
  FILE: { button: "Catat sengketa", history: "Sengketa didaftarkan ke Komisi Informasi" },
  START_MEDIATION: { button: "Catat dimulainya mediasi", history: "Mediasi dimulai" },
  START_ADJUDICATION: { button: "Catat dimulainya ajudikasi", history: "Ajudikasi dimulai" },
  RECORD_MEDIATION_AGREEMENT: { button: "Catat kesepakatan mediasi", history: "Mediasi mencapai kesepakatan" },
  RULE_GRANTED: { button: "Catat putusan: dikabulkan", history: "Diputus: permohonan dikabulkan" },
  RULE_GRANTED_PARTIAL: { button: "Catat putusan: dikabulkan sebagian", history: "Diputus: permohonan dikabulkan sebagian" },
  RULE_REJECTED: { button: "Catat putusan: ditolak", history: "Diputus: permohonan ditolak" },
  GO_TO_COURT: { button: "Catat gugatan ke pengadilan", history: "Putusan dibawa ke pengadilan" },
  RECORD_COURT_RULING: { button: "Catat putusan pengadilan", history: "Putusan pengadilan dicatat" },
  RECORD_COMPLIANCE: { button: "Catat pelaksanaan putusan", history: "Pelaksanaan putusan dicatat; sengketa selesai" },
  WITHDRAW: { button: "Catat pencabutan", history: "Sengketa dicabut" },
};
