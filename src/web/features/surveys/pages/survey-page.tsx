import { Alert, Paragraph, Tabs, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { localized } from '../../../../shared/schemas/surveys.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type SurveyDetail, surveyPath, surveyRoutes } from '../api.ts';
import { AnswerFormView, Intro } from '../components/answer-form.tsx';
import { Distribution } from '../components/distribution.tsx';
import { SurveyBuilder, SurveyWarnings } from '../components/survey-builder.tsx';
import '../surveys.css';
import { STATUS_COLOR } from './surveys-page.tsx';

/** One survey: its questions (the builder while a draft), a preview as respondents see it, and distribution. */
export function SurveyPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const { surveyId = '' } = useParams();
  const survey = useApiGet<SurveyDetail>(owner?.abilities.viewOrganisation ? surveyPath(owner.id, surveyId) : null);
  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;
  if (survey.error) return <LoadError error={survey.error} onRetry={survey.reload} />;
  if (!survey.data) return <Loading />;
  const s = survey.data;

  return (
    <Page
      title={localized(s.title, locale)}
      back={<AppLink to={surveyRoutes.list}>{t('surveys.page.back')}</AppLink>}
      lead={
        <div className="survey-page__tags">
          <Tag data-size="sm" data-color={STATUS_COLOR[s.status]}>
            {t(`surveys.status.${s.status}`)}
          </Tag>
          <Tag data-size="sm" data-color="neutral">
            {t(`surveys.mode.${s.mode}`)}
          </Tag>
        </div>
      }
    >
      <Tabs defaultValue={s.status === 'draft' ? 'build' : 'send'} data-size="sm">
        <Tabs.List>
          <Tabs.Tab value="build">{t('surveys.tab.build')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('surveys.tab.preview')}</Tabs.Tab>
          <Tabs.Tab value="send">{t('surveys.tab.send')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="build">
          {s.abilities.edit ? (
            <SurveyBuilder ownerId={owner.id} survey={s} onSaved={survey.setData} />
          ) : (
            <>
              <Alert data-color="info">
                <Paragraph>{t('surveys.build.locked')}</Paragraph>
              </Alert>
              <SurveyWarnings survey={s} />
              <AnswerFormView sections={s.sections} form="locked" onSubmit={null} />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="preview">
          <div className="survey-answer__intro">
            <Intro text={localized(s.intro, locale)} />
          </div>
          <AnswerFormView sections={s.sections} form="preview" onSubmit={null} />
        </Tabs.Panel>
        <Tabs.Panel value="send">
          <Distribution ownerId={owner.id} survey={s} onChanged={survey.setData} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
