import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";

// A register (permohonan, keberatan) as a file: XLSX with exceljs and CSV in UTF-8 with a BOM so
// spreadsheet programs read the Indonesian text; dates are formatted by the columns, in the
// office's time zone. Text that looks like a formula is never evaluated by the spreadsheet.

export type Cell = string | number | null;
export type RegisterColumn<R> = { header: string; width: number; value: (row: R, timeZone: string) => Cell };

export function registerToCsv<R>(rows: R[], columns: RegisterColumn<R>[], timeZone: string): string {
  const data = rows.map((r) => columns.map((c) => String(c.value(r, timeZone) ?? "")));
  return `\uFEFF${Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

export async function registerToXlsx<R>(rows: R[], columns: RegisterColumn<R>[], timeZone: string, title: string, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal PPID";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 12 };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const r of rows) sheet.addRow(columns.map((c) => safeText(c.value(r, timeZone)))).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function safeText(value: Cell): Cell {
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}
