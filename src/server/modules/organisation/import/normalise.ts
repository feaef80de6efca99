/*
 * Pure helpers that turn what a spreadsheet holds into what the zod schemas expect. Coordinators paste
 * from many sources, so the readers are lenient about form (decimal comma, DD.MM.YYYY, labels instead of
 * codes, a postal code Excel stripped of its leading zero) and the schemas stay strict about content.
 */

/** A header as typed ("E-post ", "Org.nr", "Start dato") reduced to the form the alias tables use. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^\p{L}\p{N}_]/gu, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

/** A cell value as text: trimmed, non-breaking spaces made plain, Unicode composed. */
export function cleanCell(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** An enum label or code reduced for comparison: case, dashes, underscores and spacing do not matter. */
export function normaliseOption(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[_\s]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/**
 * A number as people write it in Norway: "80", "80,5", "80.5", "1 000", "80 %". Returns undefined
 * when the text is not a number, so the caller can say so in the user's language.
 */
export function parseDecimal(value: string, opts: { percent?: boolean } = {}): number | undefined {
  let text = value.replace(/[\s\u00a0\u202f]/g, '');
  if (opts.percent) text = text.replace(/%$/, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/**
 * A calendar day as `YYYY-MM-DD` from `YYYY-MM-DD` or the Norwegian `DD.MM.YYYY` (also `D.M.YYYY`,
 * and `/` or `-` between the parts). Undefined when the form is not one of these or the day does not
 * exist (31.02.2025).
 */
export function parseDate(value: string): string | undefined {
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
    if (!m) return undefined;
    day = Number(m[1]);
    month = Number(m[2]);
    year = Number(m[3]);
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Excel drops the leading zero of Oslo's postal codes ("0150" becomes 150): put it back. */
export function normalisePostalCode(value: string): string {
  const text = value.replace(/\s/g, '');
  return /^\d{1,3}$/.test(text) ? text.padStart(4, '0') : text;
}

/**
 * The delimiter of a CSV file, from its header line: the most frequent of `;`, `,` and tab outside
 * quotes. Excel in a Norwegian locale writes `;`, most other tools `,`, a paste from a sheet tabs.
 */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** The first line of a text (without its line break), for delimiter detection. */
export function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end === -1 ? text : text.slice(0, end);
}

/** A date cell from a spreadsheet as `YYYY-MM-DD`: exceljs gives the day (and any time) in UTC. */
export function formatDateCell(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Serial days are floating point: 2024-08-01 may arrive as 2024-07-31T23:59:59.9995Z.
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 10);
}

/** Any value exceljs gives for a cell (number, Date, rich text, formula, hyperlink, error) as text. */
export function cellToString(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // A cell formatted as a percentage holds 0.8 for "80 %": the column means percent points.
    const n = numFmt?.includes('%') ? value * 100 : value;
    return String(Number(n.toPrecision(12)));
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return formatDateCell(value);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text?: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text ?? '').join('');
    if ('result' in v || 'formula' in v) return cellToString(v.result, numFmt);
    if (v.text !== undefined) return cellToString(v.text, numFmt);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}
