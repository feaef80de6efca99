import ExcelJS from 'exceljs';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import {
  type BreakdownDimension,
  dimensionLabel,
  groupLabel,
  type QuestionFigures,
  type QuestionResult,
  type SurveyResults,
} from '../../../../shared/schemas/survey-results.ts';
import { localized } from '../../../../shared/schemas/surveys.ts';

/*
 * CSV and XLSX of the results, built from the same rows as each other and from the same suppressed
 * figures as the page: a hidden group is a row of "–" (the server never had its numbers here), and
 * an explanation row says what "–" means. Free text goes only to the XLSX's second sheet, and only
 * when the page would show it.
 */

export type Cell = string | number | null;

export interface ExportTable {
  /** Title and explanation lines before the tables. */
  preamble: string[];
  /** One block per question: a header row, then one row per group. */
  blocks: { header: Cell[]; rows: Cell[][] }[];
  freeText: { question: string; text: string }[];
}

function figuresRow(figures: QuestionFigures | null, q: QuestionResult, mark: string): Cell[] {
  const width = q.type === 'text' ? 0 : q.options.length;
  if (!figures) return [mark, ...Array.from({ length: width }, () => mark), mark, ...(hasMean(q) ? [mark] : [])];
  const counts = q.type === 'text' ? [] : figures.counts.map((c) => c.count);
  return [figures.n, ...counts, figures.noAnswer, ...(hasMean(q) ? [figures.mean] : [])];
}

function hasMean(q: QuestionResult): boolean {
  return q.type === 'agreement5' || q.type === 'scale';
}

/** The rows both formats write, in the reader's language. */
export function exportTable(results: SurveyResults, locale: Locale): ExportTable {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const mark = t('surveyResults.suppressedMark');
  const k = results.minGroupSize;
  const preamble = [
    `${t('surveyResults.title')}: ${localized(results.survey.title, locale)}`,
    `${t('surveyResults.schoolYear', { year: results.survey.schoolYear })} · ${t('surveyResults.responses', { n: results.total.n })}`,
    t('surveyResults.suppressedExplanation', { k }),
  ];
  if (results.total.suppressed) preamble.push(t('surveyResults.tooFew', { n: results.total.n, k }));

  const label = (dimension: BreakdownDimension | 'all', group: string) => {
    const l = groupLabel(dimension, group);
    return t(l.key, l.params);
  };

  const blocks = results.questions.map((q) => {
    const text = localized(q.text, locale);
    const header: Cell[] = [
      t('surveyResults.question'),
      t('surveyResults.breakdown'),
      t('surveyResults.group'),
      t('surveyResults.n'),
      ...(q.type === 'text' ? [] : q.options.map((o) => localized(o.label, locale))),
      t('surveyResults.noAnswer'),
      ...(hasMean(q) ? [t('surveyResults.mean')] : []),
    ];
    const rows: Cell[][] = [
      [text, t(dimensionLabel('all')), label('all', ''), ...figuresRow(q.total, q, mark)],
      ...q.breakdowns.flatMap((b) =>
        b.groups.map((g): Cell[] => [
          text,
          t(dimensionLabel(b.dimension)),
          label(b.dimension, g.group),
          ...figuresRow(g.figures, q, mark),
        ]),
      ),
    ];
    if (q.previous) {
      rows.push([
        text,
        t('surveyResults.previous'),
        results.previous?.schoolYear ?? '',
        ...figuresRow(q.previous, q, mark),
      ]);
    }
    return { header, rows };
  });

  const freeText = results.questions.flatMap((q) =>
    (q.texts ?? []).map((text) => ({ question: localized(q.text, locale), text })),
  );
  return { preamble, blocks, freeText };
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value).replace('.', ',') : value;
  // Quote anything with the separator, quotes, line breaks, or a leading formula character.
  const guarded = /^[=+\-@\t\r]/.test(s) && s !== '–' ? `'${s}` : s;
  return /[;"\r\n]/.test(guarded) || guarded !== s ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** UTF-8 with a byte-order mark and `;` between fields, as Norwegian Excel opens it. No free text. */
export function resultsCsv(results: SurveyResults, locale: Locale): string {
  const table = exportTable(results, locale);
  const lines: string[] = table.preamble.map((p) => csvField(p));
  for (const block of table.blocks) {
    lines.push('');
    lines.push(block.header.map(csvField).join(';'));
    for (const row of block.rows) lines.push(row.map(csvField).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same rows as a workbook; free text (when shown at all) on a second sheet. */
export async function resultsXlsx(results: SurveyResults, locale: Locale): Promise<Buffer> {
  const table = exportTable(results, locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tillit';
  const sheet = workbook.addWorksheet(translate(locale, 'surveyResults.sheet'));
  for (const line of table.preamble) sheet.addRow([line]);
  const first = sheet.getRow(1);
  first.font = { bold: true, size: 13 };
  for (const block of table.blocks) {
    sheet.addRow([]);
    const header = sheet.addRow(block.header);
    header.font = { bold: true };
    for (const row of block.rows) {
      const added = sheet.addRow(row);
      added.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value === translate(locale, 'surveyResults.suppressedMark')) {
          cell.alignment = { horizontal: 'right' };
        }
      });
    }
  }
  sheet.getColumn(1).width = 50;
  sheet.getColumn(2).width = 18;
  sheet.getColumn(3).width = 28;
  for (let c = 4; c <= 12; c++) sheet.getColumn(c).width = 14;

  if (table.freeText.length > 0) {
    const texts = workbook.addWorksheet(translate(locale, 'surveyResults.sheetFreeText'));
    const header = texts.addRow([
      translate(locale, 'surveyResults.question'),
      translate(locale, 'surveyResults.freeText'),
    ]);
    header.font = { bold: true };
    for (const entry of table.freeText) texts.addRow([entry.question, entry.text]);
    texts.getColumn(1).width = 50;
    texts.getColumn(2).width = 80;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
