import type { Locale } from './enums.ts';
import type { MessageParams } from './i18n/format.ts';
import type { MessageKey } from './i18n/nb.ts';
import type { AnnualReport, ReportUnitType } from './schemas/annual-report.ts';

/*
 * The annual report as titled tables with labelled columns, in the reader's language: one shape that
 * the CSV, XLSX and PDF renderers and the web page all draw, so every format shows the same figures
 * under the same headings. Cells keep their kind (a count, minutes, a share) so each format prints
 * numbers its own way (numbers in spreadsheets, formatted text in the PDF and on the page).
 */

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'count'; value: number }
  | { kind: 'minutes'; value: number }
  /** A share in [0, 1]; null when it cannot be computed (nothing to share). */
  | { kind: 'share'; value: number | null };

export interface ReportTable {
  id: 'summary' | 'nqts' | 'mentoring' | 'mentors' | 'minutes' | 'subGoals';
  title: string;
  /** A short name (a spreadsheet's sheet name: at most 31 characters). */
  sheet: string;
  columns: string[];
  rows: Cell[][];
  /** The last row is a total (drawn in bold). */
  hasTotal: boolean;
}

const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function formatCount(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}

/** A share as a percentage with at most one decimal ("87,5 %" in Norwegian); a dash when there is none. */
export function formatShare(locale: Locale, value: number | null): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A calendar day as words ("22. november 2026"). */
export function formatDay(locale: Locale, iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A cell as text for the reader (PDF, web). */
export function formatCell(locale: Locale, cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'share':
      return formatShare(locale, cell.value);
    default:
      return formatCount(locale, cell.value);
  }
}

const text = (value: string): Cell => ({ kind: 'text', value });
const count = (value: number): Cell => ({ kind: 'count', value });
const minutes = (value: number): Cell => ({ kind: 'minutes', value });
const shareCell = (value: number | null): Cell => ({ kind: 'share', value });

export function unitTypeLabel(t: Translate, unitType: ReportUnitType): string {
  return unitType === 'unknown' ? t('annualReport.unitType.unknown') : t(`unitType.${unitType}`);
}

export function annualReportTables(report: AnnualReport, t: Translate): ReportTable[] {
  const totalLabel = t('annualReport.total');
  const total = text(totalLabel);
  const { nqtsByUnitType: nqts, mentoring, mentors, minutes: mins } = report;
  return [
    {
      id: 'summary',
      title: t('annualReport.summary.title'),
      sheet: t('annualReport.summary.sheet'),
      columns: [t('annualReport.summary.measure'), t('annualReport.summary.value')],
      rows: [
        [text(t('annualReport.summary.enrolled')), count(nqts.total.total)],
        [text(t('annualReport.summary.left')), count(nqts.total.left)],
        [text(t('annualReport.summary.mentored')), count(mentoring.total.mentored)],
        [text(t('annualReport.summary.mentoredShare')), shareCell(mentoring.total.mentoredShare)],
        [text(t('annualReport.summary.matchedNoSession')), count(mentoring.total.matchedNoSession)],
        [text(t('annualReport.summary.notMatched')), count(mentoring.total.notMatched)],
        [text(t('annualReport.summary.eligibleNotEnrolled')), count(report.eligibleNotEnrolled)],
        [text(t('annualReport.summary.mentors')), count(mentors.total.total)],
        [text(t('annualReport.summary.plannedToDate')), minutes(mins.total.plannedMinutesToDate)],
        [text(t('annualReport.summary.heldToDate')), minutes(mins.total.heldMinutesToDate)],
        [text(t('annualReport.summary.ratio')), shareCell(mins.total.ratio)],
        [text(t('annualReport.summary.plannedYear')), minutes(mins.total.plannedMinutesYear)],
      ],
      hasTotal: false,
    },
    {
      id: 'nqts',
      title: t('annualReport.nqts.title'),
      sheet: t('annualReport.nqts.sheet'),
      columns: [
        t('annualReport.col.unitType'),
        t('annualReport.col.year1'),
        t('annualReport.col.year2'),
        t('annualReport.col.total'),
        t('annualReport.col.left'),
      ],
      rows: [
        ...nqts.rows.map((r) => [
          text(unitTypeLabel(t, r.unitType)),
          count(r.year1),
          count(r.year2),
          count(r.total),
          count(r.left),
        ]),
        [total, count(nqts.total.year1), count(nqts.total.year2), count(nqts.total.total), count(nqts.total.left)],
      ],
      hasTotal: true,
    },
    {
      id: 'mentoring',
      title: t('annualReport.mentoring.title'),
      sheet: t('annualReport.mentoring.sheet'),
      columns: [
        t('annualReport.col.unitType'),
        t('annualReport.col.enrolled'),
        t('annualReport.col.mentored'),
        t('annualReport.col.matchedNoSession'),
        t('annualReport.col.notMatched'),
        t('annualReport.col.mentoredShare'),
      ],
      rows: [
        ...mentoring.rows.map((r) => ({ label: unitTypeLabel(t, r.unitType), r })),
        { label: totalLabel, r: mentoring.total },
      ].map(({ label, r }) => [
        text(label),
        count(r.enrolled),
        count(r.mentored),
        count(r.matchedNoSession),
        count(r.notMatched),
        shareCell(r.mentoredShare),
      ]),
      hasTotal: true,
    },
    {
      id: 'mentors',
      title: t('annualReport.mentors.title'),
      sheet: t('annualReport.mentors.sheet'),
      columns: [
        t('annualReport.col.mentorEducation'),
        t('annualReport.col.experienced'),
        t('annualReport.col.notExperienced'),
        t('annualReport.col.total'),
      ],
      rows: [
        ...mentors.rows.map((r) => [
          text(t(`mentorEducation.${r.mentorEducation}`)),
          count(r.experienced),
          count(r.notExperienced),
          count(r.total),
        ]),
        [total, count(mentors.total.experienced), count(mentors.total.notExperienced), count(mentors.total.total)],
      ],
      hasTotal: true,
    },
    {
      id: 'minutes',
      title: t('annualReport.minutes.title'),
      sheet: t('annualReport.minutes.sheet'),
      columns: [
        t('annualReport.col.unitType'),
        t('annualReport.col.plannedToDate'),
        t('annualReport.col.heldToDate'),
        t('annualReport.col.ratio'),
        t('annualReport.col.plannedYear'),
      ],
      rows: [
        ...mins.rows.map((r) => ({ label: unitTypeLabel(t, r.unitType), r })),
        { label: totalLabel, r: mins.total },
      ].map(({ label, r }) => [
        text(label),
        minutes(r.plannedMinutesToDate),
        minutes(r.heldMinutesToDate),
        shareCell(r.ratio),
        minutes(r.plannedMinutesYear),
      ]),
      hasTotal: true,
    },
    {
      id: 'subGoals',
      title: t('annualReport.subGoals.title'),
      sheet: t('annualReport.subGoals.sheet'),
      columns: [t('annualReport.col.subGoal'), t('annualReport.col.minutes')],
      rows: report.subGoalMinutes.map((g) => [text(t(`mentoring.subGoal.${g.subGoal}`)), minutes(g.minutes)]),
      hasTotal: false,
    },
  ];
}

/** How the figures are counted, printed with every format (a grant reader must know what "mentored" means). */
export function annualReportDefinitions(report: AnnualReport, t: Translate, locale: Locale): string[] {
  const asOf = formatDay(locale, report.asOf);
  const yearEnd = formatDay(locale, report.yearEnd);
  return [
    t('annualReport.definition.nqts'),
    t('annualReport.definition.mentored', { asOf }),
    t('annualReport.definition.eligible', { asOf }),
    t('annualReport.definition.mentors'),
    t('annualReport.definition.minutes', { asOf, yearEnd }),
    t('annualReport.definition.subGoals'),
  ];
}
