import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../lib/errors.ts';
import { cellToString, detectDelimiter, firstLine } from './normalise.ts';
import type { SpooledFile } from './upload.ts';

/** One row of a sheet: its number as a spreadsheet shows it (header = 1) and its cells as text. */
export interface TableRow {
  row: number;
  cells: string[];
}

/** The CSV cannot be read on from this row (an unclosed quote, a record over the size limit). */
export class TableSyntaxError extends Error {
  readonly row: number;
  constructor(row: number, cause: unknown) {
    super(`CSV syntax error at row ${row}`, { cause });
    this.row = row;
  }
}

/** A field longer than this is an unclosed quote swallowing the file, not data. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Streams the rows of a spooled CSV or XLSX file, one at a time; memory does not grow with the file. */
export function readTable(file: SpooledFile): AsyncGenerator<TableRow> {
  return file.format === 'xlsx' ? readXlsx(file.path) : readCsv(file.path, file.encoding);
}

async function readHead(filePath: string, bytes: number): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decodes bytes to text as they stream (a character split across chunks is kept for the next one). */
function decoder(encoding: SpooledFile['encoding']): Transform {
  // The UTF-8 decoder drops a byte order mark at the start; Windows-1252 files have none.
  const textDecoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, textDecoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      const rest = textDecoder.decode();
      callback(null, rest || undefined);
    },
  });
}

async function* readCsv(filePath: string, encoding: SpooledFile['encoding']): AsyncGenerator<TableRow> {
  const head = new TextDecoder(encoding).decode(await readHead(filePath, 64 * 1024));
  const delimiter = detectDelimiter(firstLine(head));
  const input = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(decoder(encoding)).pipe(parser);
  // Every record is a spreadsheet row, an empty line too (csv-parse yields it as one empty cell),
  // and a quoted line break stays inside its row: so the row number is the record count.
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
  } catch (err) {
    if (err && typeof err === 'object' && String((err as { code?: unknown }).code).startsWith('CSV_')) {
      throw new TableSyntaxError(row + 1, err);
    }
    throw err;
  } finally {
    input.destroy();
    parser.destroy();
  }
}

async function* readXlsx(filePath: string): AsyncGenerator<TableRow> {
  const input = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  // Styles are needed to tell a date cell from a number; shared strings are cached as exceljs must.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    const sheets = workbook[Symbol.asyncIterator]();
    let first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
    try {
      first = await sheets.next();
    } catch (err) {
      throw new AppError('IMPORT_FILE_TYPE', { cause: err });
    }
    // A ZIP with no worksheet (a .docx, an .ods, any archive) is not a workbook.
    if (first.done) throw new AppError('IMPORT_FILE_TYPE');
    const rows = first.value[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<ExcelJS.Row>;
      try {
        next = await rows.next();
      } catch (err) {
        // A broken archive or sheet XML: not a workbook we can read.
        throw new AppError('IMPORT_FILE_TYPE', { cause: err });
      }
      if (next.done) break;
      const cells: string[] = [];
      next.value.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellToString(cell.value, cell.numFmt);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      yield { row: next.value.number, cells };
    }
    // Only the first worksheet is read; the rest of the archive is not.
    await sheets.return?.(undefined);
  } finally {
    input.destroy();
  }
}
