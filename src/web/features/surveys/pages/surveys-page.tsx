import { Button, Fieldset, Heading, Paragraph, Radio, Table, Tag } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  localized,
  SURVEY_MODES,
  type SurveyMode,
  type SurveyStatus,
  type TemplateKey,
} from '../../../../shared/schemas/surveys.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import '../surveys.css';
import { createSurvey, type SurveyList, surveyRoutes, surveysPath, type TemplateList, templatesPath } from '../api.ts';

export const STATUS_COLOR: Record<SurveyStatus, 'neutral' | 'info' | 'success' | 'warning'> = {
  draft: 'neutral',
  scheduled: 'info',
  open: 'success',
  closed: 'warning',
};

/** "Undersøkelser": the owner's surveys with status and response counts, and a new one from a template. */
export function SurveysPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const list = useApiGet<SurveyList>(owner?.abilities.viewOrganisation ? surveysPath(owner.id) : null);
  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;

  return (
    <Page title={t('surveys.list.title')} lead={t('surveys.list.lead')}>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.data ? <Loading /> : null}
      {list.data ? (
        <>
          {list.data.abilities.manage ? <NewSurvey ownerId={owner.id} /> : null}
          <section className="section" aria-labelledby="surveys-all">
            <Heading level={2} data-size="sm" id="surveys-all">
              {t('surveys.list.title')}
            </Heading>
            {list.data.items.length === 0 ? (
              <Paragraph>{t('surveys.list.empty')}</Paragraph>
            ) : (
              <div className="table-scroll">
                <Table data-size="sm" zebra>
                  <caption>{t('surveys.list.caption', { owner: owner.name })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('surveys.col.title')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('surveys.col.status')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('surveys.col.mode')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('surveys.col.period')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('surveys.col.answered')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {list.data.items.map((s) => (
                      <Table.Row key={s.id}>
                        <Table.Cell>
                          <AppLink to={surveyRoutes.survey(s.id)}>{localized(s.title, locale)}</AppLink>
                        </Table.Cell>
                        <Table.Cell>
                          <Tag data-size="sm" data-color={STATUS_COLOR[s.status]}>
                            {t(`surveys.status.${s.status}`)}
                          </Tag>
                        </Table.Cell>
                        <Table.Cell>{t(`surveys.mode.${s.mode}`)}</Table.Cell>
                        <Table.Cell className="nowrap">
                          {s.opensAt && s.closesAt
                            ? t('surveys.period', {
                                opens: formatDate(locale, s.opensAt),
                                closes: formatDate(locale, s.closesAt),
                              })
                            : t('surveys.noPeriod')}
                        </Table.Cell>
                        <Table.Cell className="nowrap">
                          {t('surveys.answeredOf', {
                            answered: formatNumber(locale, s.counts.answered),
                            invited: formatNumber(locale, s.counts.invited),
                          })}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}

function NewSurvey({ ownerId }: { ownerId: string }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const templates = useApiGet<TemplateList>(templatesPath(ownerId));
  const [template, setTemplate] = useState<TemplateKey | 'empty'>('nqt_yearly');
  const [mode, setMode] = useState<SurveyMode>('anonymous');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear } = useFormProblem();

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      const survey = await createSurvey(ownerId, { template: template === 'empty' ? null : template, mode });
      navigate(surveyRoutes.survey(survey.id));
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="survey-new">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Heading level={2} data-size="sm" id="survey-new">
          {t('surveys.create.title')}
        </Heading>
        <FormProblems problem={problem} form="new-survey" labels={{}} />
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('surveys.create.template')}</Fieldset.Legend>
          {templates.data?.items.map((tpl) => (
            <Radio
              key={tpl.key}
              name="template"
              value={tpl.key}
              label={localized(tpl.title, locale)}
              description={t('surveys.create.questionCount', { count: formatNumber(locale, tpl.questionCount) })}
              checked={template === tpl.key}
              onChange={() => setTemplate(tpl.key)}
            />
          ))}
          <Radio
            name="template"
            value="empty"
            label={t('surveys.create.empty')}
            checked={template === 'empty'}
            onChange={() => setTemplate('empty')}
          />
        </Fieldset>
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('surveys.create.mode')}</Fieldset.Legend>
          {SURVEY_MODES.map((m) => (
            <Radio
              key={m}
              name="mode"
              value={m}
              label={t(`surveys.mode.${m}`)}
              description={t(m === 'anonymous' ? 'surveys.mode.anonymousHelp' : 'surveys.mode.identifiedHelp')}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
          ))}
        </Fieldset>
        <div className="form__actions">
          <Button type="submit" loading={busy}>
            {t('surveys.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
