import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { timeZoneAbbreviation } from "@/lib/domain/calendar";
import { formatOfficeDateTimeCsv } from "@/lib/domain/dip-format";
import type { RegisterRow } from "@/lib/server/queries/request-register";

// The register as a file (XLSX with exceljs, CSV in UTF-8 with BOM): the columns of the buku
// register permohonan (Perki 1/2021): number, date received, requester, contact, occupation,
// information requested, purpose, held or not and by whom, form, type of request, decision,
// refusal reason, date of written notice, fee; dates in the office's time zone.

type Cell = string | number | null;
type Column = { header: string; width: number; value: (row: RegisterRow, timeZone: string) => Cell };

export function registerColumns(timeZone: string): Column[] {
  const zone = timeZoneAbbreviation(timeZone);
  return [
    { header: "Nomor pendaftaran", width: 24, value: (r) => r.number },
    { header: "Tanggal diterima", width: 14, value: (r) => r.receivedDate },
    { header: `Waktu pengajuan (${zone})`, width: 18, value: (r, tz) => formatOfficeDateTimeCsv(r.submittedAt, tz) },
    { header: "Nama pemohon", width: 26, value: (r) => r.requesterName },
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
    { header: "Batas waktu jawaban", width: 14, value: (r) => r.dueDate },
    { header: "Biaya (Rp)", width: 12, value: (r) => r.feeAmount },
    { header: "Cara pembayaran", width: 18, value: (r) => r.paymentMethod },
  ];
}

/** UTF-8 with a byte-order mark so spreadsheet programs read the Indonesian text correctly. */
export function registerCsv(rows: RegisterRow[], timeZone: string): string {
  const columns = registerColumns(timeZone);
  const data = rows.map((r) => columns.map((c) => {
    const v = c.value(r, timeZone);
    return v === null ? "" : String(v);
  }));
  // escapeFormulae: a name starting with "=" or "+" must not run as a formula in a spreadsheet.
  return `\uFEFF${Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

function safeText(value: Cell): Cell {
  // The same formula guard as the CSV: text is never evaluated by the spreadsheet.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

export async function registerXlsx(rows: RegisterRow[], timeZone: string, title: string): Promise<Buffer> {
  const columns = registerColumns(timeZone);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal PPID";
  const sheet = workbook.addWorksheet("Register permohonan", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 12 };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const r of rows) sheet.addRow(columns.map((c) => safeText(c.value(r, timeZone)))).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
