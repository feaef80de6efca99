import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { localized } from '../../../../shared/schemas/surveys.ts';
import { ApiError } from '../../../lib/api.ts';
import { formatDate, getLocale, hasStoredLocale, setLocale, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { type AnswerForm, loadAnswerForm, submitAnswers } from '../api.ts';
import { AnswerFormView, Intro } from '../components/answer-form.tsx';
import '../surveys.css';

/**
 * /svar/:token — the respondent's page. No login: the one-time link is the credential (a signed-in
 * respondent is served the same). Phone first: one column, the whole survey on one page.
 */
export function AnswerPage() {
  const { t, locale } = useI18n();
  const { token = '' } = useParams();
  const [form, setForm] = useState<AnswerForm | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<'thanks' | 'already' | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    void round;
    let live = true;
    setError(null);
    loadAnswerForm(token)
      .then(async (f) => {
        // Questions in the respondent's language: theirs from the invitation, unless they chose one here.
        if (!hasStoredLocale() && f.locale !== getLocale()) await setLocale(f.locale, { remember: false });
        if (live) setForm(f);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [token, round]);

  if (done === 'thanks') {
    return (
      <Page key="thanks" title={t('surveys.answer.thanks')}>
        <Paragraph>{t('surveys.answer.thanksText')}</Paragraph>
      </Page>
    );
  }
  if (error instanceof ApiError && (error.code === 'SURVEY_LINK_INVALID' || error.code === 'VALIDATION_FAILED')) {
    return (
      <Page title={t('surveys.answer.invalid')}>
        <Paragraph>{t('errors.SURVEY_LINK_INVALID')}</Paragraph>
      </Page>
    );
  }
  if (error) {
    return (
      <Page title={t('surveys.answer.title')}>
        <LoadError error={error} onRetry={() => setRound((n) => n + 1)} />
      </Page>
    );
  }
  if (!form) return <Loading />;

  const title = localized(form.title, locale);
  const lead = t('surveys.answer.from', { owner: form.ownerName });
  if (done === 'already' || form.answered) {
    return (
      <Page title={title} lead={lead}>
        <Alert data-color="success">
          <Paragraph>{t('surveys.answer.already')}</Paragraph>
        </Alert>
      </Page>
    );
  }
  if (form.status !== 'open') {
    const message =
      form.status === 'closed'
        ? t('surveys.answer.closed', { date: formatDate(locale, form.closesAt) })
        : t('surveys.answer.notOpen', { date: formatDate(locale, form.opensAt) });
    return (
      <Page title={title} lead={lead}>
        <Alert data-color="info">
          <Paragraph>{message}</Paragraph>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title={title} lead={lead}>
      <div className="survey-answer__intro">
        <Intro text={localized(form.intro, locale)} />
        <Alert data-color={form.mode === 'anonymous' ? 'info' : 'warning'}>
          <Paragraph data-size="sm">
            {form.mode === 'anonymous' ? t('surveys.answer.anonymous') : t('surveys.answer.identified')}
          </Paragraph>
        </Alert>
      </div>
      <AnswerFormView
        sections={form.sections}
        form="answer"
        onSubmit={async (answers) => {
          try {
            await submitAnswers(token, answers);
            setDone('thanks');
          } catch (err) {
            if (err instanceof ApiError && err.code === 'SURVEY_ALREADY_ANSWERED') setDone('already');
            else if (err instanceof ApiError && (err.code === 'SURVEY_CLOSED' || err.code === 'SURVEY_NOT_OPEN')) {
              setRound((n) => n + 1);
            } else throw err;
          }
        }}
      />
    </Page>
  );
}
