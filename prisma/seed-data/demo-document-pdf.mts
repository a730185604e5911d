// A small real PDF for a demo DIP entry (@react-pdf/renderer, as the letters): an ES module, loaded
// by the seed with import() because the renderer's packages cannot be required.
import { createElement as h } from "react";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

const s = StyleSheet.create({
  page: { padding: 56, fontSize: 11, fontFamily: "Helvetica", lineHeight: 1.4 },
  head: { fontSize: 9, color: "#444", borderBottomWidth: 1, borderBottomColor: "#999", paddingBottom: 6, marginBottom: 18 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  para: { marginBottom: 8 },
  note: { marginTop: 24, fontSize: 9, color: "#444" },
});

export type DemoDocument = { office: string; title: string; summary: string; unit: string; year: number; number: string };

export async function renderDemoDocument(d: DemoDocument): Promise<Buffer> {
  return renderToBuffer(
    h(Document, { title: d.title, author: d.office, language: "id" },
      h(Page, { size: "A4", style: s.page },
        h(View, { style: s.head }, h(Text, null, `${d.office} · ${d.unit} · ${d.number}`)),
        h(Text, { style: s.title }, d.title),
        h(Text, { style: s.para }, d.summary),
        h(Text, { style: s.para }, `Tahun ${d.year}. Dikelola oleh ${d.unit}.`),
        h(Text, { style: s.note }, "Dokumen contoh (data demo), dibuat otomatis untuk mencoba unduhan Daftar Informasi Publik; bukan dokumen resmi."),
      ),
    ),
  );
}
