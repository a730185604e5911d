import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { timeZoneAbbreviation } from "@/lib/domain/calendar";
import { formatOfficeDateTimeCsv } from "@/lib/domain/dip-format";
import type { ObjectionRegisterRow } from "@/lib/server/queries/objection-register";

// The objection register as a file (XLSX via exceljs, CSV UTF-8 with BOM), the statutory columns
// of the register keberatan (Perki 1/2021); dates are office-local calendar dates, the filing time
// is shown in the office's zone.

type Cell = string | number | null;
type Column = { header: string; width: number; value: (row: ObjectionRegisterRow, timeZone: string) => Cell };

export function objectionColumns(timeZone: string): Column[] {
  return [
    { header: "Nomor keberatan", width: 24, value: (r) => r.number },
    { header: "Tanggal diterima", width: 14, value: (r) => r.receivedDate },
    { header: `Waktu pengajuan (${timeZoneAbbreviation(timeZone)})`, width: 18, value: (r, tz) => formatOfficeDateTimeCsv(r.submittedAt, tz) },
    { header: "Pemohon atau kuasa", width: 30, value: (r) => r.objector },
    { header: "Nomor permohonan", width: 24, value: (r) => r.requestNumber },
    { header: "Informasi yang diminta", width: 44, value: (r) => r.informationRequested },
    { header: "Tujuan penggunaan informasi", width: 32, value: (r) => r.purpose },
    { header: "Alasan keberatan (Pasal 35 ayat (1) huruf)", width: 18, value: (r) => r.grounds },
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

function safeText(value: Cell): Cell {
  // Text is never evaluated by the spreadsheet (formula injection).
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

export function objectionCsv(rows: ObjectionRegisterRow[], timeZone: string): string {
  const columns = objectionColumns(timeZone);
  const data = rows.map((r) => columns.map((c) => String(c.value(r, timeZone) ?? "")));
  return `\uFEFF${Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

export async function objectionXlsx(rows: ObjectionRegisterRow[], timeZone: string, title: string): Promise<Buffer> {
  const columns = objectionColumns(timeZone);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal PPID";
  const sheet = workbook.addWorksheet("Register keberatan", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 12 };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const r of rows) sheet.addRow(columns.map((c) => safeText(c.value(r, timeZone)))).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
