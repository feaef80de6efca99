import { Link as DsLink, Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  annualReportDefinitions,
  annualReportTables,
  formatCell,
  formatDay,
  type ReportTable,
} from '../../../../shared/annual-report-tables.ts';
import type { Locale } from '../../../../shared/enums.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import { type AnnualReport, annualReportFilePath, annualReportPath } from '../api.ts';
import '../annual-report.css';

/** One table of the report: a caption, column headers, a row header per row, the total in the foot. */
function ReportTableView({ table, locale }: { table: ReportTable; locale: Locale }) {
  const body = table.hasTotal ? table.rows.slice(0, -1) : table.rows;
  const total = table.hasTotal ? table.rows.at(-1) : undefined;
  const row = (cells: ReportTable['rows'][number], key: number) => (
    <Table.Row key={key}>
      {cells.map((cell, i) =>
        i === 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
          <Table.HeaderCell key={i} scope="row">
            {formatCell(locale, cell)}
          </Table.HeaderCell>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
          <Table.Cell key={i} className="report-table__number">
            {formatCell(locale, cell)}
          </Table.Cell>
        ),
      )}
    </Table.Row>
  );
  return (
    <div className="section">
      <TableScroll labelledBy={`report-${table.id}`}>
        <Table data-size="sm" zebra className="report-table">
          <caption id={`report-${table.id}`}>{table.title}</caption>
          <Table.Head>
            <Table.Row>
              {table.columns.map((label, i) => (
                <Table.HeaderCell key={label} scope="col" className={i === 0 ? undefined : 'report-table__number'}>
                  {label}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>{body.map(row)}</Table.Body>
          {total ? <Table.Foot>{row(total, -1)}</Table.Foot> : null}
        </Table>
      </TableScroll>
    </div>
  );
}

function Report({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const loaded = useApiGet<AnnualReport>(annualReportPath(ctx.owner.id, ctx.programme.id));
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  const report = loaded.data;
  if (!report) return <Loading />;
  const file = (format: 'csv' | 'xlsx' | 'pdf') => annualReportFilePath(ctx.owner.id, ctx.programme.id, format);
  return (
    <>
      <Paragraph>{t('web.annualReport.lead', { asOf: formatDay(locale, report.asOf) })}</Paragraph>
      <section className="section" aria-labelledby="report-downloads">
        <Heading level={2} data-size="xs" id="report-downloads">
          {t('web.annualReport.downloads')}
        </Heading>
        <ul className="report-downloads">
          <li>
            <DsLink href={file('pdf')} download>
              {t('web.annualReport.pdf')}
            </DsLink>
          </li>
          <li>
            <DsLink href={file('xlsx')} download>
              {t('web.annualReport.xlsx')}
            </DsLink>
          </li>
          <li>
            <DsLink href={file('csv')} download>
              {t('web.annualReport.csv')}
            </DsLink>
          </li>
        </ul>
      </section>
      {annualReportTables(report, t).map((table) => (
        <ReportTableView key={table.id} table={table} locale={locale} />
      ))}
      <section className="section report-definitions" aria-labelledby="report-definitions">
        <Heading level={2} data-size="xs" id="report-definitions">
          {t('annualReport.definitions.title')}
        </Heading>
        <List.Unordered data-size="sm">
          {annualReportDefinitions(report, t, locale).map((text) => (
            <List.Item key={text}>{text}</List.Item>
          ))}
        </List.Unordered>
      </section>
    </>
  );
}

/** The programme's annual report: the tables on the page and the PDF, XLSX and CSV downloads. */
export function AnnualReportPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.annualReport.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <Report ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
