import "server-only";
import Papa from "papaparse";
import { DIP_CATEGORY_LABELS } from "@/components/dip/dip-labels";
import { formatOfficeDateTimeCsv } from "@/lib/domain/dip-format";
import { documentPath, entryPath } from "@/lib/domain/dip-paths";
import { INFO_FORM_LABELS } from "@/lib/domain/dip-public-labels";
import { timeZoneAbbreviation } from "@/lib/domain/calendar";
import { formatOfficeInstant } from "@/lib/server/format-office-instant";
import type { PublicDipItem } from "@/lib/view-types/dip";

// Open data (UU 14/2008 Pasal 7(3): information easy to reach): the published catalogue as JSON and
// CSV. Built only from PublicDipItem, which never carries drafts or exempt entries.

export function toApiItem(item: PublicDipItem, origin: string, timeZone: string) {
  return {
    number: item.number,
    title: item.title,
    summary: item.summary,
    category: item.category,
    categoryLabel: DIP_CATEGORY_LABELS[item.category],
    unit: { code: item.unitCode, name: item.unitName },
    responsible: item.responsible,
    producedWhen: item.producedWhen,
    producedWhere: item.producedWhere,
    form: item.form,
    retention: item.retention,
    year: item.year,
    link: item.link && item.link.startsWith("/") ? `${origin}${item.link}` : item.link,
    publishedAt: item.publishedAt ? formatOfficeInstant(item.publishedAt, timeZone) : null,
    updatedAt: formatOfficeInstant(item.updatedAt, timeZone),
    url: `${origin}${entryPath(item.number)}`,
    documents: item.documents.map((d) => ({ name: d.name, size: d.size, type: d.type, url: `${origin}${documentPath(d.id)}` })),
  };
}

export type ApiDipItem = ReturnType<typeof toApiItem>;

/** UTF-8 with a byte-order mark so spreadsheet programs read the Indonesian text correctly. */
export function toDipCsv(items: PublicDipItem[], origin: string, timeZone: string): string {
  const zone = timeZoneAbbreviation(timeZone);
  const fields = [
    "Nomor",
    "Judul",
    "Ringkasan isi",
    "Kategori",
    "Pejabat/unit yang menguasai",
    "Penanggung jawab pembuatan",
    "Waktu pembuatan",
    "Tempat pembuatan",
    "Bentuk informasi",
    "Jangka waktu penyimpanan",
    "Tahun",
    "Tautan",
    `Diterbitkan (${zone})`,
    `Diperbarui (${zone})`,
    "Halaman",
    "Dokumen",
  ];
  const data = items.map((i) => [
    i.number,
    i.title,
    i.summary,
    DIP_CATEGORY_LABELS[i.category],
    i.unitName,
    i.responsible,
    i.producedWhen,
    i.producedWhere,
    INFO_FORM_LABELS[i.form],
    i.retention,
    String(i.year),
    i.link ?? "",
    i.publishedAt ? formatOfficeDateTimeCsv(i.publishedAt, timeZone) : "",
    formatOfficeDateTimeCsv(i.updatedAt, timeZone),
    `${origin}${entryPath(i.number)}`,
    i.documents.map((d) => `${d.name} <${origin}${documentPath(d.id)}>`).join("; "),
  ]);
  // escapeFormulae: a title starting with "=" or "+" must not run as a formula in a spreadsheet.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}
