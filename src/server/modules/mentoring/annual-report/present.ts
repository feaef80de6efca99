import type { ReportTable, Translate } from '../../../../shared/annual-report-tables.ts';
import { annualReportDefinitions, annualReportTables } from '../../../../shared/annual-report-tables.ts';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { AnnualReport } from '../../../../shared/schemas/annual-report.ts';

/** What every file format prints: the heading lines, the tables and the definitions, in one language. */
export interface ReportDocument {
  locale: Locale;
  title: string;
  subtitle: string;
  /** Label and value pairs under the title: owner, programme, school year, as of, generated. */
  meta: [string, string][];
  tables: ReportTable[];
  definitionsTitle: string;
  definitionsSheet: string;
  definitions: string[];
}

export function reportDocument(report: AnnualReport, locale: Locale): ReportDocument {
  const t: Translate = (key, params) => translate(locale, key, params);
  return {
    locale,
    title: t('annualReport.title'),
    subtitle: t('annualReport.subtitle'),
    meta: [
      [t('annualReport.owner'), report.ownerName],
      [t('annualReport.programme'), report.programme.name],
      [t('annualReport.schoolYear'), report.programme.schoolYear],
      [t('annualReport.asOf'), report.asOf],
      [t('annualReport.generated'), report.generatedAt.slice(0, 10)],
    ],
    tables: annualReportTables(report, t),
    definitionsTitle: t('annualReport.definitions.title'),
    definitionsSheet: t('annualReport.definitions.sheet'),
    definitions: annualReportDefinitions(report, t, locale),
  };
}

/** The download's file name: `arsrapport-veiledning-2026-27.csv` (ASCII, so every browser keeps it). */
export function reportFilename(report: AnnualReport, locale: Locale, extension: 'csv' | 'xlsx' | 'pdf'): string {
  const year = report.programme.schoolYear.replace(/[^\w-]/g, '');
  return `${translate(locale, 'annualReport.filename')}-${year}.${extension}`;
}
