import type { ReportDocument, ReportSection } from "@/lib/domain/report-document";

/**
 * One section of the report: heading, paragraphs and its tables (captions name the tables). The
 * tables are styled by `.data-table` (globals.css), not per cell: /statistik has hundreds of cells,
 * and each class list would be sent twice (HTML and the page's RSC payload).
 */
export function ReportTables({ section, level = 3 }: { section: ReportSection; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`bagian-${section.id}`} className="mb-6">
      <Heading id={`bagian-${section.id}`} className="mb-2 text-lg font-semibold">{section.heading}</Heading>
      {section.paragraphs?.map((p, i) => <p key={i} className="mb-2 whitespace-pre-line">{p}</p>)}
      {section.tables?.map((t) => (
        // Focusable so a keyboard user can scroll a wide table on a narrow screen.
        <div key={t.caption} className="mb-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t.caption}>
          <table className="data-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                {t.table.head.map((h) => <th key={h} scope="col">{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {t.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** The report's sections as HTML (the same document the PDF and XLSX render). */
export function ReportDocumentView({ document }: { document: ReportDocument }) {
  return (
    <article className="max-w-4xl" aria-labelledby="judul-laporan">
      <header className="mb-4">
        <h2 id="judul-laporan" className="text-xl font-semibold">{document.title}</h2>
        <p className="text-slate-700">{document.subject} — {document.scopeLabel}</p>
        <p className="text-slate-700">{document.periodLabel}</p>
      </header>
      {document.sections.map((s) => <ReportTables key={s.id} section={s} />)}
    </article>
  );
}
