import "server-only";
import ExcelJS from "exceljs";
import type { ServiceReportView } from "@/lib/server/queries/service-report";

// The Laporan Layanan Informasi Publik as a workbook (exceljs): one sheet with the whole document
// (headings, texts, tables with numbers as numbers), from the same document the page shows.

const safe = (v: string | number) => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export async function renderServiceReportXlsx(report: ServiceReportView): Promise<Buffer> {
  const d = report.document;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal PPID";
  workbook.title = `${d.title} — ${report.period.label}`;
  const sheet = workbook.addWorksheet("Laporan");
  sheet.getColumn(1).width = 70;
  for (let c = 2; c <= 7; c++) sheet.getColumn(c).width = 14;
  for (const line of report.office.letterhead.lines) sheet.addRow([line]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([d.title.toUpperCase()]).font = { bold: true, size: 13 };
  sheet.addRow([d.subject]);
  sheet.addRow([d.scopeLabel]);
  sheet.addRow([d.periodLabel]);
  for (const section of d.sections) {
    sheet.addRow([]);
    sheet.addRow([section.heading]).font = { bold: true, size: 12 };
    for (const p of section.paragraphs ?? []) sheet.addRow([safe(p)]).alignment = { wrapText: true, vertical: "top" };
    for (const { caption, table } of section.tables ?? []) {
      sheet.addRow([caption]).font = { italic: true };
      const head = sheet.addRow(table.head);
      head.font = { bold: true };
      head.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } }));
      for (const row of table.rows) sheet.addRow(row.map(safe)).alignment = { wrapText: true, vertical: "top" };
    }
  }
  sheet.addRow([]);
  sheet.addRow([`${report.office.city}, ${report.generatedOn}`]);
  sheet.addRow([report.office.letterhead.signerTitle]);
  sheet.addRow([report.office.letterhead.signerName]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
