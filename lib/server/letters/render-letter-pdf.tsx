import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { ReactNode } from "react";
import { formatDateId } from "@/lib/domain/format-date";
import type { LetterAnnotation, LetterContent, LetterSection } from "@/lib/server/letters/letter-content";

const s = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 40, paddingHorizontal: 48, fontSize: 10.5, fontFamily: "Helvetica", lineHeight: 1.35 },
  head: { borderBottomWidth: 2, borderBottomColor: "#000", paddingBottom: 6, marginBottom: 10, textAlign: "center" },
  headMain: { fontSize: 13, fontFamily: "Helvetica-Bold" },
  title: { fontSize: 12, fontFamily: "Helvetica-Bold", textAlign: "center", marginTop: 4, textDecoration: "underline" },
  number: { textAlign: "center", marginBottom: 10 },
  para: { marginBottom: 5, textAlign: "justify" },
  heading: { fontFamily: "Helvetica-Bold", marginTop: 6, marginBottom: 3 },
  row: { flexDirection: "row", marginBottom: 1 },
  label: { width: 170 },
  colon: { width: 10 },
  value: { flex: 1 },
  th: { fontFamily: "Helvetica-Bold", borderWidth: 0.5, padding: 3, flex: 1 },
  td: { borderWidth: 0.5, padding: 3, flex: 1 },
  footer: { flexDirection: "row", marginTop: 10, justifyContent: "space-between", alignItems: "flex-end" },
  sign: { width: 220, textAlign: "center" },
  small: { fontSize: 8, color: "#333", lineHeight: 1.3 },
  // The QR code and its hint side by side, each in its own box: nothing prints over the code.
  qrBox: { flexDirection: "row", alignItems: "flex-end", width: 240 },
  qr: { width: 64, height: 64, marginRight: 8, flexShrink: 0 },
});

// A section may run over a page break between its rows, never inside a row, and its heading
// never stays behind alone at the foot of a page: it is bound to the section's first line. The
// letter's ending (signature) is bound to the last line of the last section, so the last page
// never carries a signature without the text it signs.
export function Section({ section, ending }: { section: LetterSection; ending?: ReactNode }) {
  const blocks = [
    ...(section.paragraphs ?? []).map((p, i) => <Text key={`p${i}`} style={s.para}>{p}</Text>),
    ...(section.rows ?? []).map((r, i) => (
      <View key={`r${i}`} style={s.row} wrap={false}>
        <Text style={s.label}>{r.label}</Text>
        <Text style={s.colon}>:</Text>
        <Text style={s.value}>{r.value}</Text>
      </View>
    )),
    ...(section.table
      ? [
          <View key="th" style={{ flexDirection: "row" }} wrap={false}>{section.table.head.map((h, i) => <Text key={i} style={s.th}>{h}</Text>)}</View>,
          ...section.table.rows.map((row, i) => (
            <View key={`t${i}`} style={{ flexDirection: "row" }} wrap={false}>{row.map((c, j) => <Text key={j} style={s.td}>{c}</Text>)}</View>
          )),
        ]
      : []),
  ];
  // A table's head is bound to its first row as well.
  const bound = blocks.length > 1 && !section.paragraphs?.length && !section.rows?.length && section.table ? 2 : 1;
  const head = (
    <>
      {section.heading && <Text style={s.heading}>{section.heading}</Text>}
      {blocks.slice(0, bound)}
    </>
  );
  const style = section.heading ? undefined : { marginTop: 4 };
  if (ending && blocks.length <= bound) return <View style={style} wrap={false}>{head}{ending}</View>;
  return (
    <View style={style}>
      <View wrap={false}>{head}</View>
      {ending ? (
        <>
          {blocks.slice(bound, -1)}
          <View wrap={false}>{blocks.at(-1)}{ending}</View>
        </>
      ) : (
        blocks.slice(bound)
      )}
    </View>
  );
}

function QrHint({ qr, hint, stacked }: { qr: string | null; hint?: string; stacked?: boolean }) {
  if (stacked) {
    return (
      <View style={{ width: 140 }}>
        {qr && <Image src={qr} style={[s.qr, { marginRight: 0, marginBottom: 6 }]} />}
        {hint && <Text style={s.small}>{hint}</Text>}
      </View>
    );
  }
  return (
    <View style={s.qrBox}>
      {qr && <Image src={qr} style={s.qr} />}
      {hint && <Text style={[s.small, { flex: 1 }]}>{hint}</Text>}
    </View>
  );
}

/**
 * The end of a letter: the closing words, place and date, the signature(s), the QR code and the
 * legal basis. Always rendered inside an unbreakable block with the last line of the letter's body.
 */
function Ending({ c, qr }: { c: LetterContent; qr: string | null }) {
  const legalBasis = <Text style={[s.small, { marginTop: 10 }]}>Dasar hukum: {c.legalBasis}</Text>;
  const closing = c.closing?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>);
  if (c.counterSigner) {
    return (
      <View>
        {closing}
        <Text style={{ textAlign: "right", marginTop: 2 }}>{c.place}, {formatDateId(c.date)}</Text>
        <View style={[s.footer, { marginTop: 4 }]}>
          <QrHint qr={qr} hint={c.trackingHint} stacked />
          {[c.counterSigner, c.signer].map((who, i) => (
            <View key={i} style={[s.sign, { width: 160 }]}>
              <Text>{who.title}</Text>
              <Text style={{ marginTop: 36 }}>{who.name}</Text>
            </View>
          ))}
        </View>
        {legalBasis}
      </View>
    );
  }
  return (
    <View>
      {closing}
      <View style={s.footer}>
        <QrHint qr={qr} hint={c.trackingHint} />
        <View style={s.sign}>
          <Text>{c.place}, {formatDateId(c.date)}</Text>
          <Text>{c.signer.title}</Text>
          <Text style={{ marginTop: 36 }}>{c.signer.name}</Text>
        </View>
      </View>
      {legalBasis}
    </View>
  );
}

/** Notes added after issue, set apart from the letter as issued. */
function Annotations({ notes }: { notes: readonly LetterAnnotation[] }) {
  if (notes.length === 0) return null;
  return (
    <View wrap={false} style={{ marginTop: 14, borderWidth: 1, borderColor: "#92400e", padding: 8 }}>
      <Text style={s.heading}>Catatan setelah surat ini diterbitkan</Text>
      {notes.map((n, i) => <Text key={i} style={s.para}>{formatDateId(n.date)}: {n.text}</Text>)}
    </View>
  );
}

/** One letter as a page; the dispute bundle puts several in one Document. */
export function LetterPage({ c, qr, notes = [] }: { c: LetterContent; qr: string | null; notes?: readonly LetterAnnotation[] }) {
  return (
    <Page size="A4" style={s.page}>
      <View style={s.head}>
        {c.letterhead.map((line, i) => <Text key={i} style={i < 2 ? s.headMain : undefined}>{line}</Text>)}
      </View>
      <Text style={s.title}>{c.title.toUpperCase()}</Text>
      <Text style={s.number}>Nomor: {c.number}</Text>
      {c.recipient && (
        <View style={{ marginBottom: 6 }}>
          <Text>Kepada Yth.</Text>
          <Text>{c.recipient.name}</Text>
          {c.recipient.address && <Text>{c.recipient.address}</Text>}
        </View>
      )}
      {c.intro?.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}
      {c.sections.map((section, i) => (
        <Section key={i} section={section} ending={i === c.sections.length - 1 ? <Ending c={c} qr={qr} /> : undefined} />
      ))}
      {c.sections.length === 0 && <View wrap={false}><Ending c={c} qr={qr} /></View>}
      <Annotations notes={notes} />
    </Page>
  );
}

function Letter({ c, qr, notes }: { c: LetterContent; qr: string | null; notes: readonly LetterAnnotation[] }) {
  return (
    <Document title={`${c.title} ${c.number}`} language="id" author={c.letterhead[0]}>
      <LetterPage c={c} qr={qr} notes={notes} />
    </Document>
  );
}

/** The QR code image of a letter's tracking link, resolved against the site's origin. */
export async function letterQr(content: LetterContent, origin: string): Promise<string | null> {
  const url = content.trackingUrl ? new URL(content.trackingUrl, origin).toString() : null;
  return url ? QRCode.toDataURL(url, { margin: 0, width: 240 }) : null;
}

/** Renders a stored letter to PDF bytes (about 50 ms a letter). */
export async function renderLetterPdf(content: LetterContent, origin: string, notes: readonly LetterAnnotation[] = []): Promise<Buffer> {
  return renderToBuffer(<Letter c={content} qr={await letterQr(content, origin)} notes={notes} />);
}
