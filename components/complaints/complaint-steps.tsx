"use client";

import { ActionForm } from "@/components/objections/action-form";
import { addComplaintNoteAction, assignComplaintAction, closeComplaintAction } from "@/lib/actions/complaint-actions";

const inputCls = "mb-3 mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

type Props = { complaintId: string; assigneeId: string | null; assignees: { id: string; label: string }[] };

/** The register's three steps on an open complaint: assign, note, close with an answer. */
export function ComplaintSteps({ complaintId, assigneeId, assignees }: Props) {
  const hidden = { complaintId };
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ActionForm action={assignComplaintAction} submitLabel="Simpan penugasan" hidden={hidden}>
        <label htmlFor="s-assignee" className="block font-medium">Petugas yang menindaklanjuti</label>
        <select id="s-assignee" name="assigneeId" defaultValue={assigneeId ?? ""} className={inputCls}>
          <option value="">— belum ditugaskan —</option>
          {assignees.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
        </select>
      </ActionForm>
      <ActionForm action={addComplaintNoteAction} submitLabel="Tambah catatan" hidden={hidden}>
        <label htmlFor="s-note" className="block font-medium">Catatan tindak lanjut (internal)</label>
        <textarea id="s-note" name="text" rows={4} required minLength={3} maxLength={4000} className={inputCls} />
      </ActionForm>
      <ActionForm action={closeComplaintAction} submitLabel="Tutup dengan jawaban" hidden={hidden}>
        <label htmlFor="s-answer" className="block font-medium">Jawaban penutup (tampil bagi pelapor)</label>
        <textarea id="s-answer" name="answer" rows={4} required minLength={10} maxLength={5000} className={inputCls} />
      </ActionForm>
    </div>
  );
}
