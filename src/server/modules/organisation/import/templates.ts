import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { ImportKind } from '../../../../shared/schemas/organisation.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { units } from '../../../db/schema.ts';
import { COLUMNS } from './columns.ts';

/**
 * The header row and one example row. The example uses one of the owner's own units when there is
 * one, so the people template names a real unit and an unchanged units template re-imports as a no-op.
 */
export async function templateRows(db: DbOrTx, ownerId: string, kind: ImportKind): Promise<string[][]> {
  const columns = COLUMNS[kind];
  const [unit] = await db
    .select()
    .from(units)
    .where(eq(units.ownerId, ownerId))
    .orderBy(asc(units.name), asc(units.orgNumber))
    .limit(1);
  const example = columns.map((column) => {
    if (!unit) return column.example;
    if (kind === 'people') return column.name === 'unit_org_number' ? unit.orgNumber : column.example;
    const value = unit[column.field as keyof typeof unit];
    // The unit as stored, so the template imports back unchanged: no coordinates stay empty.
    if (typeof value === 'number') return String(value);
    if (value === null) return '';
    return typeof value === 'string' ? value : column.example;
  });
  return [columns.map((column) => column.name), example];
}

function csvField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV as Excel in Norway opens it: `;` between fields, CRLF, and a UTF-8 byte order mark for æøå. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map((v) => csvField(v, ';')).join(';')).join('\r\n')}\r\n`;
}

/** An XLSX workbook with one sheet; every cell is text, so Excel keeps leading zeros (postal code 0150). */
export async function toXlsx(rows: string[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tillit';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header = []] = rows;
  sheet.columns = header.map((name) => ({ width: Math.max(14, name.length + 4), style: { numFmt: '@' } }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function templateFileName(kind: ImportKind, locale: Locale, extension: 'csv' | 'xlsx'): string {
  // ASCII only, so the content-disposition header needs no encoding.
  const name = translate(locale, kind === 'units' ? 'import.sheet.units' : 'import.sheet.people')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `tillit-${name}.${extension}`;
}
