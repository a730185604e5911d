import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { disputeSummary, eventLogRows, objectionSummary, requestSummary } from "@/lib/server/letters/bundle-sections";
import type { LetterAnnotation, LetterSection } from "@/lib/server/letters/letter-content";
import { loadLetterAnnotations } from "@/lib/server/queries/letter-annotations";
import { LetterPage, Section, letterQr } from "@/lib/server/letters/render-letter-pdf";
import type { BundleLetter, DisputeBundleData } from "@/lib/server/queries/dispute-bundle";

// The dispute bundle (docs/domain.md, Disputes): ONE PDF for the Bidang Penyelesaian Sengketa — a cover with
// the index, the request summary, every request letter as issued (receipt, notices), the objection
// and its receipt, the Atasan's answer, the dispute record, and the full log of all three cases.

const s = StyleSheet.create({
  page: { padding: 48, paddingBottom: 60, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  h1: { fontSize: 16, fontFamily: "Helvetica-Bold", textAlign: "center", marginBottom: 6 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 6 },
  center: { textAlign: "center", marginBottom: 3 },
  para: { marginBottom: 4 },
  th: { fontFamily: "Helvetica-Bold", borderWidth: 0.5, padding: 3 },
  td: { borderWidth: 0.5, padding: 3 },
  footer: { position: "absolute", bottom: 28, left: 48, right: 48, fontSize: 8, color: "#333", textAlign: "center" },
});

const LOG_WIDTHS = ["22%", "12%", "44%", "22%"];

function Footer({ title }: { title: string }) {
  return <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `${title} — halaman ${pageNumber} dari ${totalPages}`} />;
}

function Sections({ sections }: { sections: LetterSection[] }) {
  return <>{sections.map((section, i) => <Section key={i} section={section} />)}</>;
}

function Table({ head, rows, widths }: { head: string[]; rows: string[][]; widths?: string[] }) {
  const w = (i: number) => ({ width: widths?.[i] ?? `${100 / head.length}%` });
  return (
    <View>
      <View style={{ flexDirection: "row" }} fixed>{head.map((h, i) => <Text key={i} style={[s.th, w(i)]}>{h}</Text>)}</View>
      {rows.map((row, i) => (
        <View key={i} style={{ flexDirection: "row" }} wrap={false}>{row.map((c, j) => <Text key={j} style={[s.td, w(j)]}>{c}</Text>)}</View>
      ))}
    </View>
  );
}

type Part = { title: string; letter?: BundleLetter; qr?: string | null; notes?: LetterAnnotation[]; sections?: LetterSection[]; log?: string[][] };

/**
 * Each letter keeps its own page(s), as issued; the bundle's own parts that follow one another
 * (the dispute record and the log) share a page instead of leaving one nearly empty.
 */
function pageGroups(parts: Part[]): { part: Part; index: number }[][] {
  const groups: { part: Part; index: number }[][] = [];
  parts.forEach((part, index) => {
    const last = groups.at(-1);
    if (!part.letter && last && !last[0]!.part.letter) last.push({ part, index });
    else groups.push([{ part, index }]);
  });
  return groups;
}

function letterTitle(l: BundleLetter): string {
  return `${LETTERS[l.kind as LetterKind]?.title ?? l.kind} Nomor ${l.number} (${formatDateId(l.date)})`;
}

export async function renderDisputeBundlePdf(b: DisputeBundleData, tz: string, origin: string, now: Date): Promise<Buffer> {
  const annotations = await loadLetterAnnotations([...b.requestLetters, ...b.objectionLetters].map((l) => l.id), tz);
  const letters = async (list: BundleLetter[]) =>
    Promise.all(list.map(async (l): Promise<Part> => ({ title: letterTitle(l), letter: l, qr: await letterQr(l.content, origin), notes: annotations.get(l.id) })));
  const parts: Part[] = [
    { title: "Ringkasan permohonan informasi", sections: requestSummary(b, tz) },
    ...(await letters(b.requestLetters)),
    { title: "Ringkasan keberatan", sections: objectionSummary(b, tz) },
    ...(await letters(b.objectionLetters)),
    { title: "Catatan sengketa informasi", sections: disputeSummary(b) },
    { title: "Riwayat lengkap perkara (permohonan, keberatan, sengketa)", log: eventLogRows(b, tz) },
  ];
  const title = `Berkas sengketa — keberatan ${b.objection.number}`;
  const doc = (
    <Document title={title} language="id" author={b.dispute.commission}>
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>BERKAS SENGKETA INFORMASI PUBLIK</Text>
        <Text style={s.center}>{b.dispute.commission}</Text>
        <Text style={s.center}>Nomor register sengketa: {b.dispute.registerNumber ?? "belum ada"}</Text>
        <Text style={s.center}>Permohonan {b.request.number} · Keberatan {b.objection.number}</Text>
        <Text style={[s.center, { marginBottom: 12 }]}>Pemohon: {b.request.requesterName} · Disusun {formatInstantId(now, tz)}</Text>
        <Text style={s.h2}>Daftar isi</Text>
        {parts.map((p, i) => <Text key={i} style={s.para}>{`${i + 1}. ${p.title}`}</Text>)}
        <Footer title={title} />
      </Page>
      {pageGroups(parts).map((group) =>
        group[0]!.part.letter ? (
          <LetterPage key={group[0]!.index} c={group[0]!.part.letter.content} qr={group[0]!.part.qr ?? null} notes={group[0]!.part.notes} />
        ) : (
          <Page key={group[0]!.index} size="A4" style={s.page} wrap>
            {group.map(({ part: p, index: i }, k) => (
              <View key={i} style={k > 0 ? { marginTop: 16 } : undefined}>
                <Text style={s.h1} minPresenceAhead={60}>{`${i + 1}. ${p.title}`}</Text>
                {p.sections && <Sections sections={p.sections} />}
                {p.log && <Table head={["Waktu", "Perkara", "Peristiwa", "Oleh"]} rows={p.log} widths={LOG_WIDTHS} />}
              </View>
            ))}
            <Footer title={title} />
          </Page>
        ),
      )}
    </Document>
  );
  return renderToBuffer(doc);
}
