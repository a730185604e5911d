import "server-only";
import { timeZoneAbbreviation } from "@/lib/domain/calendar";
import { formatOfficeDateTimeCsv } from "@/lib/domain/dip-format";
import type { RegisterRow } from "@/lib/view-types/requests";
import { registerToCsv, registerToXlsx, type RegisterColumn } from "@/lib/server/register-file";

// The register as a file (XLSX with exceljs, CSV in UTF-8 with BOM): the columns of the buku
// register permohonan (Perki 1/2021): number, date received, requester, contact, occupation,
// information requested, purpose, address (staff only), held or not and by whom, form, type of request, decision,
// refusal reason, date of written notice, fee; dates in the office's time zone.

type Column = RegisterColumn<RegisterRow>;

export function registerColumns(timeZone: string): Column[] {
  const zone = timeZoneAbbreviation(timeZone);
  return [
    { header: "Nomor pendaftaran", width: 24, value: (r) => r.number },
    { header: "Tanggal diterima", width: 14, value: (r) => r.receivedDate },
    { header: `Waktu pengajuan (${zone})`, width: 18, value: (r, tz) => formatOfficeDateTimeCsv(r.submittedAt, tz) },
    { header: "Nama pemohon", width: 26, value: (r) => r.requesterName },
    // UU 14/2008 Pasal 22(2): the address is part of the record; this export is for staff only.
    { header: "Alamat", width: 36, value: (r) => r.address },
    { header: "Telepon", width: 16, value: (r) => r.phone },
    { header: "Surel", width: 26, value: (r) => r.email },
    { header: "Pekerjaan", width: 18, value: (r) => r.occupation },
    { header: "Informasi yang diminta", width: 48, value: (r) => r.informationRequested },
    { header: "Tujuan penggunaan", width: 36, value: (r) => r.purpose },
    { header: "Penguasaan informasi", width: 36, value: (r) => r.held },
    { header: "Unit yang menangani", width: 28, value: (r) => r.unitName },
    { header: "Cara memperoleh (diminta)", width: 18, value: (r) => r.obtainMethod },
    { header: "Cara menerima (diminta)", width: 18, value: (r) => r.deliveryMethod },
    { header: "Bentuk informasi (diberikan)", width: 20, value: (r) => r.informationForm },
    { header: "Media (diberikan)", width: 20, value: (r) => r.medium },
    { header: "Jenis permohonan (saluran)", width: 18, value: (r) => r.channelLabel },
    { header: "Status", width: 22, value: (r) => r.statusLabel },
    { header: "Keputusan", width: 24, value: (r) => r.outcomeLabel },
    { header: "Alasan penolakan (Pasal 17)", width: 24, value: (r) => r.refusalArticle },
    { header: "Tanggal pemberitahuan tertulis", width: 16, value: (r) => r.noticeDate },
    { header: "Tanggal penyerahan informasi", width: 16, value: (r) => r.deliveredOn },
    { header: "Batas waktu jawaban", width: 14, value: (r) => r.dueDate },
    { header: "Biaya (Rp)", width: 12, value: (r) => r.feeAmount },
    { header: "Cara pembayaran", width: 18, value: (r) => r.paymentMethod },
  ];
}

export function registerCsv(rows: RegisterRow[], timeZone: string): string {
  return registerToCsv(rows, registerColumns(timeZone), timeZone);
}

export function registerXlsx(rows: RegisterRow[], timeZone: string, title: string): Promise<Buffer> {
  return registerToXlsx(rows, registerColumns(timeZone), timeZone, title, "Register permohonan");
}
