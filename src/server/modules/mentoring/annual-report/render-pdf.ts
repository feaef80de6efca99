import PDFDocument from 'pdfkit';
import { formatCell } from '../../../../shared/annual-report-tables.ts';
import type { ReportDocument } from './present.ts';

/*
 * The report as an A4 PDF: title, owner, programme, school year, the day of the figures and the day
 * generated, then each table under its heading, then how the figures are counted. Fonts as the
 * agreement's PDF (`agreements/pdf.ts`): pdfkit's built-in Helvetica covers Latin-1, so æ, ø, å and
 * the non-breaking spaces of Norwegian number formats print without embedding a font file.
 * `compress: false` in tests leaves the text readable.
 */

const MARGIN = 48;
const FIRST_COLUMN = 190;

export function renderAnnualReportPdf(doc: ReportDocument, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: opts.compress ?? true,
    info: { Title: doc.title, Creator: 'Tillit' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - MARGIN;

  pdf.font('Helvetica-Bold').fontSize(18).text(doc.title);
  pdf.font('Helvetica').fontSize(10.5).fillColor('#444').text(doc.subtitle).fillColor('black');
  pdf.moveDown(0.6);
  for (const [label, value] of doc.meta) {
    pdf.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true });
    pdf.font('Helvetica').text(value);
  }

  for (const table of doc.tables) {
    // Keep a heading with at least its header and two rows on the same page.
    if (pdf.y > bottom() - 110) pdf.addPage();
    else pdf.moveDown(1.2);
    pdf.x = MARGIN;
    pdf.font('Helvetica-Bold').fontSize(12.5).text(table.title).moveDown(0.3);
    const numeric = table.columns.length - 1;
    const rest = numeric > 0 ? (width - FIRST_COLUMN) / numeric : 0;
    const lastRow = table.rows.length; // the header is row 0
    pdf.font('Helvetica').fontSize(9);
    pdf.table({
      position: { x: MARGIN },
      maxWidth: width,
      columnStyles: (i) => (i === 0 ? { width: FIRST_COLUMN } : { width: rest, align: { x: 'right' } }),
      rowStyles: (i) =>
        i === 0
          ? { backgroundColor: '#eef1f5', border: { bottom: 1 } }
          : { border: { top: i === lastRow && table.hasTotal ? 1 : 0, bottom: 0.25 }, borderColor: '#999' },
      data: [
        table.columns.map((text) => ({ text, type: 'TH' as const, font: { src: 'Helvetica-Bold' } })),
        ...table.rows.map((row, r) =>
          row.map((cell) => ({
            text: formatCell(doc.locale, cell),
            ...(table.hasTotal && r === table.rows.length - 1 ? { font: { src: 'Helvetica-Bold' } } : {}),
          })),
        ),
      ],
    });
  }

  if (pdf.y > bottom() - 120) pdf.addPage();
  else pdf.moveDown(1.2);
  pdf.x = MARGIN;
  pdf.font('Helvetica-Bold').fontSize(12.5).text(doc.definitionsTitle).moveDown(0.3);
  pdf.font('Helvetica').fontSize(9.5);
  for (const d of doc.definitions) pdf.text(d, MARGIN, pdf.y, { width, lineGap: 1.5 }).moveDown(0.4);
  pdf.end();
  return done;
}
