// The upload allowlist is decided by content (lib/domain/file-type.ts): magic bytes, ZIP entry
// names for Office files, strict UTF-8 for text; the extension never suffices on its own.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  allowedKindsText,
  asciiFileName,
  contentDisposition,
  contentTypeHeader,
  DOCUMENT_KINDS,
  isPlainUtf8Text,
  normalizedFileName,
  sniffFileType,
} from "@/lib/domain/file-type";

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};

const PDF = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const EXE = concat(ascii("MZ"), new Uint8Array(64), ascii("This program cannot be run in DOS mode."));
const ZIP_HEAD = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
const DOCX = concat(ZIP_HEAD, ascii("[Content_Types].xml....PK\x03\x04word/document.xml"));
const PLAIN_ZIP = concat(ZIP_HEAD, ascii("data/report.bin"));

async function realXlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Anggaran").addRow(["Program", "Pagu"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("sniffFileType", () => {
  it.each([
    ["laporan.pdf", PDF, "pdf", "application/pdf"],
    ["foto.png", PNG, "png", "image/png"],
    ["foto.jpeg", JPEG, "jpg", "image/jpeg"],
    ["surat.docx", DOCX, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["data.csv", ascii("nama;jumlah\nPuskesmas Oesapa;12\n"), "csv", "text/csv"],
    ["catatan.txt", new TextEncoder().encode("Ringkasan rapat — Kupang, 8 April 2026\r\n\tbaris dua"), "txt", "text/plain"],
  ])("recognises %s by its content", (name, bytes, kind, mimeType) => {
    expect(sniffFileType(bytes, name)).toEqual({ ok: true, kind, mimeType, extension: kind });
  });

  it("recognises a real XLSX workbook (and refuses it named .docx)", async () => {
    const bytes = await realXlsx();
    expect(sniffFileType(bytes, "anggaran.xlsx")).toMatchObject({ ok: true, kind: "xlsx" });
    expect(sniffFileType(bytes, "anggaran.docx")).toEqual({ ok: false });
  });

  it("trusts the content, not the name: a PDF named .jpg is a PDF", () => {
    expect(sniffFileType(PDF, "scan.jpg")).toMatchObject({ ok: true, kind: "pdf" });
    expect(sniffFileType(PNG, "tanpa-ekstensi")).toMatchObject({ ok: true, kind: "png" });
  });

  it.each([
    ["a renamed program", EXE, "laporan.pdf"],
    ["a program named .txt", EXE, "catatan.txt"],
    ["a plain ZIP named .docx", PLAIN_ZIP, "surat.docx"],
    ["a DOCX without its extension", DOCX, "surat.zip"],
    ["HTML named .pdf", ascii("<html><script>alert(1)</script></html>"), "laporan.pdf"],
    ["text with a NUL byte", ascii("nama\u0000jumlah"), "data.csv"],
    ["invalid UTF-8", Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), "data.csv"],
    ["text named .docx", ascii("bukan dokumen word"), "surat.docx"],
    ["an empty file", new Uint8Array(0), "kosong.pdf"],
    ["a truncated PNG signature", PNG.slice(0, 5), "foto.png"],
  ])("refuses %s", (_label, bytes, name) => {
    expect(sniffFileType(bytes, name)).toEqual({ ok: false });
  });

  it("applies the caller's allowlist", () => {
    expect(sniffFileType(PDF, "a.pdf", ["jpg", "png"])).toEqual({ ok: false });
    expect(sniffFileType(ascii("a,b\n"), "a.csv", DOCUMENT_KINDS)).toEqual({ ok: false });
    expect(sniffFileType(JPEG, "a.jpg", ["jpg", "png"])).toMatchObject({ ok: true, kind: "jpg" });
  });
});

describe("text detection", () => {
  it("accepts UTF-8 with a BOM and Indonesian text, refuses control characters", () => {
    expect(isPlainUtf8Text(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), new TextEncoder().encode("Rp 1.000.000 — ok")))).toBe(true);
    expect(isPlainUtf8Text(ascii("bell\u0007"))).toBe(false);
    expect(isPlainUtf8Text(ascii("esc\u001b[31m"))).toBe(false);
  });
});

describe("names and messages", () => {
  it("lists the allowed kinds in the refusal message", () => {
    expect(`Jenis berkas tidak diizinkan: ${allowedKindsText(DOCUMENT_KINDS)}`).toBe(
      "Jenis berkas tidak diizinkan: hanya PDF, JPG, PNG, DOCX, XLSX",
    );
  });

  it("cleans the stored name and gives it the extension of the real content", () => {
    expect(normalizedFileName("C:\\Users\\x\\Laporan Keuangan 2025.PDF", "pdf")).toBe("Laporan Keuangan 2025.pdf");
    expect(normalizedFileName("../../etc/passwd", "txt")).toBe("passwd.txt");
    expect(normalizedFileName("scan.jpg", "pdf")).toBe("scan.pdf");
    expect(normalizedFileName('a"<b>|\u0000.png', "png")).toBe("ab.png");
    expect(normalizedFileName(".pdf", "pdf")).toBe("berkas.pdf");
  });

  it("builds a safe Content-Disposition with an ASCII fallback and a UTF-8 name", () => {
    expect(asciiFileName('Rencana "Strategis" Dinas Kesehatan 2025–2029.pdf')).toBe("Rencana Strategis Dinas Kesehatan 20252029.pdf");
    const header = contentDisposition("Laporan (final) 'ok'.pdf", true);
    expect(header).toBe(`inline; filename="Laporan (final) 'ok'.pdf"; filename*=UTF-8''Laporan%20%28final%29%20%27ok%27.pdf`);
    expect(contentDisposition("data.xlsx", false)).toMatch(/^attachment; /);
    expect(contentTypeHeader("text/csv")).toBe("text/csv; charset=utf-8");
    expect(contentTypeHeader("application/pdf")).toBe("application/pdf");
    expect(contentDisposition("a\r\nSet-Cookie: x.pdf", true)).not.toMatch(/[\r\n]/);
  });
});
