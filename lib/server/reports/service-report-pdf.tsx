import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDateId } from "@/lib/domain/format-date";
import type { ReportSection } from "@/lib/domain/report-document";
import type { ServiceReportView } from "@/lib/server/queries/service-report";

// The Laporan Layanan Informasi Publik as a printable A4 PDF with the office letterhead
// (@react-pdf/renderer), from the same document the page shows.

const s = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 48, paddingHorizontal: 48, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  head: { borderBottomWidth: 2, borderBottomColor: "#000", paddingBottom: 6, marginBottom: 12, textAlign: "center" },
  headMain: { fontSize: 13, fontFamily: "Helvetica-Bold" },
  title: { fontSize: 13, fontFamily: "Helvetica-Bold", textAlign: "center", marginTop: 4 },
  sub: { textAlign: "center" },
  heading: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4 },
  para: { marginBottom: 4, textAlign: "justify" },
  caption: { fontFamily: "Helvetica-Bold", fontSize: 9, marginTop: 4, marginBottom: 2 },
  tr: { flexDirection: "row" },
  th: { fontFamily: "Helvetica-Bold", borderWidth: 0.5, padding: 3, backgroundColor: "#eeeeee" },
  td: { borderWidth: 0.5, padding: 3 },
  sign: { marginTop: 24, marginLeft: "auto", width: 220, textAlign: "center" },
  footer: { position: "absolute", bottom: 20, left: 48, right: 48, fontSize: 8, color: "#333", flexDirection: "row", justifyContent: "space-between" },
});

/** First column wide, number columns narrow. */
function widths(columns: number): string[] {
  if (columns === 2) return ["78%", "22%"];
  const first = 30;
  const rest = (100 - first) / (columns - 1);
  return [`${first}%`, ...Array.from({ length: columns - 1 }, () => `${rest}%`)];
}

function Section({ section }: { section: ReportSection }) {
  return (
    <View>
      <Text style={s.heading} minPresenceAhead={60}>{section.heading}</Text>
      {section.paragraphs?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}
      {section.tables?.map(({ caption, table }) => {
        const w = widths(table.head.length);
        return (
          <View key={caption} wrap={table.rows.length > 12}>
            <Text style={s.caption}>{caption}</Text>
            <View style={s.tr} fixed={false}>
              {table.head.map((h, i) => <Text key={h} style={[s.th, { width: w[i], textAlign: i === 0 ? "left" : "right", fontSize: table.head.length > 3 ? 8 : 10 }]}>{h}</Text>)}
            </View>
            {table.rows.map((row, r) => (
              <View key={r} style={s.tr} wrap={false}>
                {row.map((cell, i) => <Text key={i} style={[s.td, { width: w[i], textAlign: i === 0 ? "left" : "right" }]}>{String(cell)}</Text>)}
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}

export function ServiceReportDocument({ report }: { report: ServiceReportView }) {
  const d = report.document;
  const lh = report.office.letterhead;
  return (
    <Document title={`${d.title} — ${report.period.label}`} author={report.office.name} language="id">
      <Page size="A4" style={s.page}>
        <View style={s.head}>
          {lh.lines.map((line, i) => <Text key={i} style={i < 2 ? s.headMain : undefined}>{line}</Text>)}
        </View>
        <Text style={s.title}>{d.title.toUpperCase()}</Text>
        <Text style={s.sub}>{d.subject}</Text>
        <Text style={s.sub}>{d.scopeLabel}</Text>
        <Text style={[s.sub, { marginBottom: 8 }]}>{d.periodLabel}</Text>
        {d.sections.map((section) => <Section key={section.id} section={section} />)}
        <View style={s.sign} wrap={false}>
          <Text>{report.office.city}, {formatDateId(report.generatedOn)}</Text>
          <Text>{lh.signerTitle}</Text>
          <Text style={{ marginTop: 42 }}>{lh.signerName}</Text>
        </View>
        <View style={s.footer} fixed>
          <Text>{d.title} — {report.period.label}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export async function renderServiceReportPdf(report: ServiceReportView): Promise<Buffer> {
  return renderToBuffer(<ServiceReportDocument report={report} />);
}
