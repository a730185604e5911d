import "server-only";
import { timeZoneAbbreviation } from "@/lib/domain/calendar";
import { formatOfficeDateTimeCsv } from "@/lib/domain/dip-format";
import type { ObjectionRegisterRow } from "@/lib/view-types/objections";
import { registerToCsv, registerToXlsx, type RegisterColumn } from "@/lib/server/register-file";

// The objection register as a file (XLSX via exceljs, CSV UTF-8 with BOM), the statutory columns
// of the register keberatan (Perki 1/2021); dates are office-local calendar dates, the filing time
// is shown in the office's zone.

type Column = RegisterColumn<ObjectionRegisterRow>;

export function objectionColumns(timeZone: string): Column[] {
  return [
    { header: "Nomor keberatan", width: 24, value: (r) => r.number },
    { header: "Tanggal diterima", width: 14, value: (r) => r.receivedDate },
    { header: `Waktu pengajuan (${timeZoneAbbreviation(timeZone)})`, width: 18, value: (r, tz) => formatOfficeDateTimeCsv(r.submittedAt, tz) },
    { header: "Pemohon atau kuasa", width: 30, value: (r) => r.objector },
    // Perki 1/2021 register keberatan: the objector's identity and the proxy (staff export only).
    { header: "Alamat pemohon", width: 36, value: (r) => r.address },
    { header: "Pekerjaan", width: 18, value: (r) => r.occupation },
    { header: "Telepon", width: 16, value: (r) => r.phone },
    { header: "Surel", width: 26, value: (r) => r.email },
    { header: "Nama kuasa", width: 24, value: (r) => r.proxyName },
    { header: "Alamat kuasa", width: 32, value: (r) => r.proxyAddress },
    { header: "Nomor permohonan", width: 24, value: (r) => r.requestNumber },
    { header: "Informasi yang diminta", width: 44, value: (r) => r.informationRequested },
    { header: "Tujuan penggunaan informasi", width: 32, value: (r) => r.purpose },
    { header: "Alasan keberatan (Pasal 35 ayat (1) huruf)", width: 18, value: (r) => r.grounds },
    { header: "Catatan batas waktu pengajuan", width: 40, value: (r) => r.windowWarning },
    { header: "Status", width: 18, value: (r) => r.statusLabel },
    { header: "Batas waktu tanggapan", width: 14, value: (r) => r.dueDate },
    { header: "Terlambat", width: 10, value: (r) => (r.overdue ? "Ya" : "") },
    { header: "Keputusan Atasan PPID", width: 26, value: (r) => r.decision },
    { header: "Tanggal tanggapan", width: 14, value: (r) => r.answerDate },
    { header: "Nama dan jabatan Atasan PPID", width: 36, value: (r) => r.atasan },
    { header: "Tanggapan pemohon", width: 26, value: (r) => r.response },
    { header: "Batas waktu pengajuan sengketa", width: 14, value: (r) => r.disputeDueDate },
  ];
}

export function objectionCsv(rows: ObjectionRegisterRow[], timeZone: string): string {
  return registerToCsv(rows, objectionColumns(timeZone), timeZone);
}

export function objectionXlsx(rows: ObjectionRegisterRow[], timeZone: string, title: string): Promise<Buffer> {
  return registerToXlsx(rows, objectionColumns(timeZone), timeZone, title, "Register keberatan");
}
