"use client";

import { ActionForm } from "@/components/objections/action-form";
import { Select, TextArea } from "@/components/ui/form-field";
import { addComplaintNoteAction, assignComplaintAction, closeComplaintAction } from "@/lib/actions/complaint-actions";

type Props = { complaintId: string; assigneeId: string | null; assignees: { id: string; label: string }[] };

/** The register's three steps on an open complaint: assign, note, close with an answer. */
export function ComplaintSteps({ complaintId, assigneeId, assignees }: Props) {
  const hidden = { complaintId };
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ActionForm action={assignComplaintAction} submitLabel="Simpan penugasan" hidden={hidden}>
        <Select id="s-assignee" name="assigneeId" label="Petugas yang menindaklanjuti" placeholder="— belum ditugaskan —" options={assignees.map((a) => ({ value: a.id, label: a.label }))} defaultValue={assigneeId ?? ""} />
      </ActionForm>
      <ActionForm action={addComplaintNoteAction} submitLabel="Tambah catatan" hidden={hidden}>
        <TextArea id="s-note" name="text" label="Catatan tindak lanjut (internal)" rows={4} required minLength={3} maxLength={4000} />
      </ActionForm>
      <ActionForm action={closeComplaintAction} submitLabel="Tutup dengan jawaban" hidden={hidden}>
        <TextArea id="s-answer" name="answer" label="Jawaban penutup (tampil bagi pelapor)" rows={4} required minLength={10} maxLength={5000} />
      </ActionForm>
    </div>
  );
}
