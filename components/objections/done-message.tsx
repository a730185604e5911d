import { FormAlert } from "@/components/ui/form-alert";

// After a step the action redirects back with ?selesai=<step> (the forms work without JavaScript,
// and the form that was sent may no longer be offered once the case moved on).

const MESSAGES: Record<string, string> = {
  CONSULT_TIM: "Pendapat Tim Pertimbangan dicatat.",
  ANSWERED: "Tanggapan disimpan dan surat tanggapan diterbitkan.",
  SETTLE: "Penyelesaian musyawarah dicatat.",
  ACCEPT: "Tanggapan Atasan PPID diterima; keberatan selesai.",
  ESCALATE: "Dicatat: pemohon melanjutkan ke Komisi Informasi.",
  WITHDRAW: "Keberatan ditarik.",
  TASK_DONE: "Perintah Atasan PPID dicatat telah dilaksanakan.",
  TASK_DONE_LATE: "Perintah Atasan PPID dicatat telah dilaksanakan (melewati batas waktu perintah).",
  DISPUTE_STEP: "Langkah sengketa dicatat.",
  DISPUTE_DETAILS: "Data sengketa diperbarui.",
  DISPUTE_DOCUMENT: "Dokumen sengketa disimpan.",
};

export function DoneMessage({ done }: { done?: string }) {
  return <FormAlert tone="success" message={done ? MESSAGES[done] : undefined} />;
}
