import ExcelJS from 'exceljs';
import type { Cell } from '../../../../shared/annual-report-tables.ts';
import type { ReportDocument } from './present.ts';

/*
 * The report as an XLSX workbook: one sheet per table (the title and the owner, programme and day on
 * the first two rows, the header on row 4, bold and frozen, the total row bold), numbers stored as
 * numbers with formats (thousands for counts and minutes, a percentage for shares), and a last sheet
 * with how the figures are counted.
 */

export const HEADER_ROW = 4;
const FORMATS: Record<Exclude<Cell['kind'], 'text'>, string> = {
  count: '#,##0',
  minutes: '#,##0',
  share: '0.0%',
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

export async function renderAnnualReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tillit';
  book.title = doc.title;
  const metaLine = doc.meta.map(([label, value]) => `${label}: ${value}`).join(' · ');

  for (const table of doc.tables) {
    const sheet = book.addWorksheet(sheetName(table.sheet), {
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    });
    sheet.getCell('A1').value = table.title;
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getCell('A2').value = metaLine;
    const header = sheet.getRow(HEADER_ROW);
    header.values = table.columns;
    header.font = { bold: true };
    table.rows.forEach((cells, i) => {
      const row = sheet.getRow(HEADER_ROW + 1 + i);
      cells.forEach((cell, c) => {
        const target = row.getCell(c + 1);
        target.value = cell.value;
        if (cell.kind !== 'text') target.numFmt = FORMATS[cell.kind];
      });
      if (table.hasTotal && i === table.rows.length - 1) row.font = { bold: true };
    });
    sheet.getColumn(1).width = 48;
    for (let c = 2; c <= table.columns.length; c++) sheet.getColumn(c).width = 20;
  }

  const defs = book.addWorksheet(sheetName(doc.definitionsSheet));
  defs.getCell('A1').value = doc.title;
  defs.getCell('A1').font = { bold: true, size: 14 };
  doc.meta.forEach(([label, value], i) => {
    defs.getRow(2 + i).values = [label, value];
  });
  const start = 3 + doc.meta.length;
  defs.getCell(`A${start}`).value = doc.definitionsTitle;
  defs.getCell(`A${start}`).font = { bold: true };
  doc.definitions.forEach((d, i) => {
    const cell = defs.getCell(`A${start + 1 + i}`);
    cell.value = d;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  defs.getColumn(1).width = 100;
  defs.getColumn(2).width = 40;

  return Buffer.from(await book.xlsx.writeBuffer());
}
