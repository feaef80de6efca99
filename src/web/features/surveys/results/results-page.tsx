import { Alert, Link as DsLink, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  groupLabel,
  type QuestionFigures,
  type QuestionResult,
  type SurveyResults,
} from '../../../../shared/schemas/survey-results.ts';
import { localized } from '../../../../shared/schemas/surveys.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { AgreementBars, type BarRow } from './agreement-bar.tsx';
import { resultsPath, surveyRoute } from './api.ts';
import { ChoiceBars } from './choice-bars.tsx';
import './results.css';

type View = 'all' | BreakdownDimension;

interface Row {
  key: string;
  label: string;
  figures: QuestionFigures | null;
}

function QuestionBlock({
  question,
  rows,
  minGroupSize,
  index,
}: {
  question: QuestionResult;
  rows: Row[];
  minGroupSize: number;
  index: number;
}) {
  const { t, locale } = useI18n();
  const text = localized(question.text, locale);
  const headingId = `question-${index}`;
  const options = question.options.map((o) => ({ value: o.value, label: localized(o.label, locale) }));
  const isScale = question.type === 'agreement5' || question.type === 'scale';
  const mark = t('surveyResults.suppressedMark');
  const num = (value: number) => formatNumber(locale, value);

  return (
    <section className="results-question" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {text}
      </Heading>
      {question.type === 'text' ? (
        question.texts === null ? (
          <Paragraph data-size="sm">{t('surveyResults.freeTextHidden', { k: minGroupSize })}</Paragraph>
        ) : question.texts.length === 0 ? (
          <Paragraph data-size="sm">{t('surveyResults.freeTextNone')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm" className="results-note">
              {t('surveyResults.freeTextNote')}
            </Paragraph>
            <ul className="results-texts">
              {question.texts.map((text, i) => (
                // Texts are sorted and may repeat; their position is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: identical answers are separate answers
                <li key={i}>{text}</li>
              ))}
            </ul>
          </>
        )
      ) : (
        <div className="results-question__body">
          {isScale ? (
            <AgreementBars
              question={text}
              options={options}
              rows={rows.map((r): BarRow => ({ label: r.label, figures: r.figures }))}
              minGroupSize={minGroupSize}
            />
          ) : (
            <ChoiceBars
              question={text}
              options={options}
              rows={rows.map((r): BarRow => ({ label: r.label, figures: r.figures }))}
              minGroupSize={minGroupSize}
            />
          )}
          {question.type === 'multiple' ? (
            <Paragraph data-size="sm" className="results-note">
              {t('surveyResults.multipleNote')}
            </Paragraph>
          ) : null}
          <TableScroll label={t('surveyResults.table', { question: text })}>
            <Table data-size="sm" zebra className="results-table">
              <caption className="visually-hidden">{t('surveyResults.table', { question: text })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('surveyResults.group')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('surveyResults.answered')}</Table.HeaderCell>
                  {options.map((o) => (
                    <Table.HeaderCell key={o.value} className="num">
                      {o.label}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell className="num">{t('surveyResults.noAnswer')}</Table.HeaderCell>
                  {isScale ? <Table.HeaderCell className="num">{t('surveyResults.mean')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={row.key}>
                    <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                    <Table.Cell className="num">{row.figures ? num(row.figures.answered) : mark}</Table.Cell>
                    {options.map((o) => {
                      const count = row.figures?.counts.find((c) => c.value === o.value)?.count ?? 0;
                      const share =
                        row.figures && row.figures.answered > 0 ? Math.round((count / row.figures.answered) * 100) : 0;
                      return (
                        <Table.Cell key={o.value} className="num">
                          {row.figures ? `${num(count)} (${num(share)} %)` : mark}
                        </Table.Cell>
                      );
                    })}
                    <Table.Cell className="num">{row.figures ? num(row.figures.noAnswer) : mark}</Table.Cell>
                    {isScale ? (
                      <Table.Cell className="num">
                        {row.figures?.mean != null ? formatNumber(locale, row.figures.mean) : mark}
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}

export function SurveyResultsPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const { surveyId = '' } = useParams();
  const { data, error, reload } = useApiGet<SurveyResults>(owner ? resultsPath(owner.id, surveyId) : null);
  const [view, setView] = useState<View>('all');

  if (!owner) return <NoOwnerAccess />;
  if (error) {
    return (
      <Page title={t('surveyResults.title')}>
        <LoadError error={error} onRetry={reload} />
      </Page>
    );
  }
  if (!data) return <Loading />;

  const k = data.minGroupSize;
  const label = (dimension: View, group: string) => {
    const l = groupLabel(dimension, group);
    return t(l.key, l.params);
  };

  const rowsFor = (q: QuestionResult): Row[] => {
    const rows: Row[] = [{ key: 'all', label: label('all', ''), figures: q.total }];
    if (view === 'all') {
      if (q.previous && data.previous) {
        rows.push({
          key: 'previous',
          label: `${t('surveyResults.previous')} (${data.previous.schoolYear})`,
          figures: q.previous,
        });
      }
      return rows;
    }
    const breakdown = q.breakdowns.find((b) => b.dimension === view);
    for (const g of breakdown?.groups ?? []) {
      rows.push({ key: `${view}:${g.group}`, label: label(view, g.group), figures: g.figures });
    }
    return rows;
  };

  const sections = new Map<string, QuestionResult[]>();
  for (const q of data.questions) {
    const title = localized(q.sectionTitle, locale);
    sections.set(title, [...(sections.get(title) ?? []), q]);
  }
  let index = 0;

  return (
    <Page
      back={<AppLink to={surveyRoute(surveyId)}>{t('surveyResults.back')}</AppLink>}
      title={t('surveyResults.pageTitle', { title: localized(data.survey.title, locale) })}
      lead={
        <Paragraph>
          {[
            t('surveyResults.schoolYear', { year: data.survey.schoolYear }),
            data.survey.closesAt
              ? t('surveyResults.closedOn', { date: formatDate(locale, data.survey.closesAt) })
              : null,
            t('surveyResults.responses', { n: formatNumber(locale, data.total.n) }),
            data.survey.mode === 'anonymous' ? t('surveyResults.anonymous') : t('surveyResults.identified'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      }
    >
      <Paragraph data-size="sm" className="results-note">
        {t('surveyResults.threshold', { k })}
      </Paragraph>

      {data.total.suppressed ? (
        <Alert data-color="info">
          <Paragraph>{t('surveyResults.tooFew', { n: formatNumber(locale, data.total.n), k })}</Paragraph>
        </Alert>
      ) : (
        <>
          <div className="results-controls">
            <Field data-size="sm">
              <Label>{t('surveyResults.breakdownLabel')}</Label>
              <Select width="auto" value={view} onChange={(event) => setView(event.target.value as View)}>
                <Select.Option value="all">{t('surveyResults.dimension.all')}</Select.Option>
                {BREAKDOWN_DIMENSIONS.map((d) => (
                  <Select.Option key={d} value={d}>
                    {t(`surveyResults.dimension.${d}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div className="results-downloads">
              <Paragraph data-size="sm">{t('surveyResults.downloads')}</Paragraph>
              <DsLink href={`${resultsPath(owner.id, surveyId)}.csv`} download>
                {t('surveyResults.exportCsv')}
              </DsLink>
              <DsLink href={`${resultsPath(owner.id, surveyId)}.xlsx`} download>
                {t('surveyResults.exportXlsx')}
              </DsLink>
            </div>
          </div>
          {view === 'all' ? (
            <Paragraph data-size="sm" className="results-note">
              {data.previous
                ? data.previous.n === null
                  ? t('surveyResults.previousTooFew')
                  : t('surveyResults.previousTitle', { year: data.previous.schoolYear })
                : t('surveyResults.previousNone')}
            </Paragraph>
          ) : (
            <Paragraph data-size="sm" className="results-note">
              {t('surveyResults.suppressedExplanation', { k })}
            </Paragraph>
          )}
          {[...sections.entries()].map(([title, questions]) => (
            <section key={title} className="section" aria-label={title}>
              <Heading level={2} data-size="sm">
                {title}
              </Heading>
              {questions.map((q) => {
                index += 1;
                return <QuestionBlock key={q.id} question={q} rows={rowsFor(q)} minGroupSize={k} index={index} />;
              })}
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
