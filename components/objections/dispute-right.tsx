import { DEADLINE_RULES } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";

/**
 * UU 14/2008 Pasal 37(2): the requester may take the dispute to the provincial Komisi Informasi
 * within 14 working days after the Atasan's answer, or after the Atasan's period ended without one.
 */
export function DisputeRight({ komisi, deadline, answered }: { komisi: string; deadline: string | null; answered: boolean }) {
  const rule = DEADLINE_RULES.DISPUTE_FILING;
  return (
    <div className="rounded border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">Sengketa informasi ke {komisi}</h3>
      <p className="mt-1">
        {answered
          ? `Bila tidak puas dengan tanggapan Atasan PPID, pemohon dapat mengajukan sengketa paling lambat ${rule.workingDays} hari kerja setelah menerima tanggapan`
          : `Bila Atasan PPID tidak menanggapi dalam 30 hari kerja, pemohon dapat mengajukan sengketa paling lambat ${rule.workingDays} hari kerja setelah batas waktu tanggapan berakhir`}
        {deadline ? `, yaitu sampai ${formatDateId(deadline)}` : ""} ({rule.article}).
      </p>
      <p className="mt-1">
        Cara mengajukan: secara daring melalui SIMSI (Sistem Informasi Manajemen Sengketa Informasi) {komisi}, atau langsung, melalui pos, atau surel
        ke kantor {komisi}, dengan melampirkan salinan permohonan, keberatan, dan tanggapan Atasan PPID.
      </p>
    </div>
  );
}
