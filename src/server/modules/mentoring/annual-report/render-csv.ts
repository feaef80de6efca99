import type { Cell } from '../../../../shared/annual-report-tables.ts';
import type { Locale } from '../../../../shared/enums.ts';
import type { ReportDocument } from './present.ts';

/*
 * The report as one CSV file for Norwegian Excel: UTF-8 with a byte-order mark (or Excel reads it as
 * Windows-1252), `;` between fields (Excel's separator where the decimal mark is a comma) and CRLF
 * line ends. One file, the sections one after another (title lines, each table with its title line,
 * header and rows, then the definitions), separated by an empty line: a single download that opens
 * in one sheet, rather than a zip of six files. Counts and minutes are bare integers; shares are
 * percentages with one decimal in the language's decimal mark ("87,5%"), which Excel reads as numbers.
 */

const SEPARATOR = ';';

function field(value: string): string {
  return /[;"\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvCell(locale: Locale, cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'share': {
      if (cell.value === null) return '';
      const percent = (Math.round(cell.value * 1000) / 10).toFixed(1);
      return `${locale === 'en' ? percent : percent.replace('.', ',')}%`;
    }
    default:
      return String(cell.value);
  }
}

export function renderAnnualReportCsv(doc: ReportDocument): Buffer {
  const lines: string[][] = [[doc.title], ...doc.meta.map(([label, value]) => [label, value])];
  for (const table of doc.tables) {
    lines.push([], [table.title], table.columns);
    for (const row of table.rows) lines.push(row.map((c) => csvCell(doc.locale, c)));
  }
  lines.push([], [doc.definitionsTitle], ...doc.definitions.map((d) => [d]));
  const text = lines.map((l) => l.map(field).join(SEPARATOR)).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
