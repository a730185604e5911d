import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { formatDateId } from "@/lib/domain/format-date";
import type { LetterContent, LetterSection } from "@/lib/server/letters/letter-content";

const s = StyleSheet.create({
  page: { padding: 48, fontSize: 10.5, fontFamily: "Helvetica", lineHeight: 1.45 },
  head: { borderBottomWidth: 2, borderBottomColor: "#000", paddingBottom: 6, marginBottom: 12, textAlign: "center" },
  headMain: { fontSize: 13, fontFamily: "Helvetica-Bold" },
  title: { fontSize: 12, fontFamily: "Helvetica-Bold", textAlign: "center", marginTop: 4, textDecoration: "underline" },
  number: { textAlign: "center", marginBottom: 12 },
  para: { marginBottom: 6, textAlign: "justify" },
  heading: { fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 170 },
  colon: { width: 10 },
  value: { flex: 1 },
  th: { fontFamily: "Helvetica-Bold", borderWidth: 0.5, padding: 3, flex: 1 },
  td: { borderWidth: 0.5, padding: 3, flex: 1 },
  footer: { flexDirection: "row", marginTop: 18, justifyContent: "space-between", alignItems: "flex-end" },
  sign: { width: 220, textAlign: "center" },
  small: { fontSize: 8, color: "#333" },
});

function Section({ section }: { section: LetterSection }) {
  return (
    <View wrap={false}>
      {section.heading && <Text style={s.heading}>{section.heading}</Text>}
      {section.paragraphs?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}
      {section.rows?.map((r, i) => (
        <View key={i} style={s.row}>
          <Text style={s.label}>{r.label}</Text>
          <Text style={s.colon}>:</Text>
          <Text style={s.value}>{r.value}</Text>
        </View>
      ))}
      {section.table && (
        <View>
          <View style={{ flexDirection: "row" }}>{section.table.head.map((h, i) => <Text key={i} style={s.th}>{h}</Text>)}</View>
          {section.table.rows.map((row, i) => (
            <View key={i} style={{ flexDirection: "row" }}>{row.map((c, j) => <Text key={j} style={s.td}>{c}</Text>)}</View>
          ))}
        </View>
      )}
    </View>
  );
}

/** One letter as a page; the dispute bundle puts several in one Document. */
export function LetterPage({ c, qr }: { c: LetterContent; qr: string | null }) {
  return (
    <Page size="A4" style={s.page}>
      <View style={s.head}>
        {c.letterhead.map((line, i) => <Text key={i} style={i < 2 ? s.headMain : undefined}>{line}</Text>)}
      </View>
      <Text style={s.title}>{c.title.toUpperCase()}</Text>
      <Text style={s.number}>Nomor: {c.number}</Text>
      {c.recipient && (
        <View style={{ marginBottom: 8 }}>
          <Text>Kepada Yth.</Text>
          <Text>{c.recipient.name}</Text>
          {c.recipient.address && <Text>{c.recipient.address}</Text>}
        </View>
      )}
      {c.intro?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}
      {c.sections.map((section, i) => <Section key={i} section={section} />)}
      {c.closing?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}
      {c.counterSigner ? (
        <View wrap={false} style={{ marginTop: 2 }}>
          <Text style={{ textAlign: "right" }}>{c.place}, {formatDateId(c.date)}</Text>
          <View style={[s.footer, { marginTop: 4 }]}>
            <View style={{ width: 140 }}>
              {qr && <Image src={qr} style={{ width: 64, height: 64, marginBottom: 4 }} />}
              {c.trackingHint && <Text style={s.small}>{c.trackingHint}</Text>}
            </View>
            <View style={[s.sign, { width: 160 }]}>
              <Text>{c.counterSigner.title}</Text>
              <Text style={{ marginTop: 36 }}>{c.counterSigner.name}</Text>
            </View>
            <View style={[s.sign, { width: 160 }]}>
              <Text>{c.signer.title}</Text>
              <Text style={{ marginTop: 36 }}>{c.signer.name}</Text>
            </View>
          </View>
          <Text style={[s.small, { marginTop: 8 }]}>Dasar hukum: {c.legalBasis}</Text>
        </View>
      ) : (
        <View style={s.footer} wrap={false}>
          <View>
            {qr && <Image src={qr} style={{ width: 84, height: 84 }} />}
            {c.trackingHint && <Text style={[s.small, { width: 200 }]}>{c.trackingHint}</Text>}
          </View>
          <View style={s.sign}>
            <Text>{c.place}, {formatDateId(c.date)}</Text>
            <Text>{c.signer.title}</Text>
            <Text style={{ marginTop: 42 }}>{c.signer.name}</Text>
          </View>
        </View>
      )}
      {/* With two signatures the legal basis travels inside their unbreakable block (same page). */}
      {!c.counterSigner && <Text style={[s.small, { marginTop: 16 }]}>Dasar hukum: {c.legalBasis}</Text>}
    </Page>
  );
}

function Letter({ c, qr }: { c: LetterContent; qr: string | null }) {
  return (
    <Document title={`${c.title} ${c.number}`} language="id" author={c.letterhead[0]}>
      <LetterPage c={c} qr={qr} />
    </Document>
  );
}

/** The QR code image of a letter's tracking link, resolved against the site's origin. */
export async function letterQr(content: LetterContent, origin: string): Promise<string | null> {
  const url = content.trackingUrl ? new URL(content.trackingUrl, origin).toString() : null;
  return url ? QRCode.toDataURL(url, { margin: 0, width: 240 }) : null;
}

/** Renders a stored letter to PDF bytes (about 50 ms a letter). */
export async function renderLetterPdf(content: LetterContent, origin: string): Promise<Buffer> {
  return renderToBuffer(<Letter c={content} qr={await letterQr(content, origin)} />);
}
