import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { localized, type MySurvey } from '../../../../shared/schemas/surveys.ts';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import '../surveys.css';
import { mySurveyLink, mySurveysPath } from '../api.ts';
import { STATUS_COLOR } from './surveys-page.tsx';

/**
 * /mine-undersokelser — the surveys the signed-in person is invited to, with "answered" or not (the
 * invitation's marker; in anonymous mode nothing else is stored about them) and a button to answer.
 * The button asks for a fresh one-time link and opens the answer page with it.
 */
export function MySurveysPage() {
  const { t } = useI18n();
  const list = useApiGet<{ items: MySurvey[] }>(mySurveysPath);
  return (
    <Page title={t('surveys.mine.title')} lead={t('surveys.mine.lead')}>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <Paragraph>{t('surveys.mine.empty')}</Paragraph> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="my-surveys">
          {list.data.items.map((item) => (
            <MySurveyCard key={item.surveyId} item={item} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

function MySurveyCard({ item }: { item: MySurvey }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = localized(item.title, locale);
  const headingId = `my-survey-${item.surveyId}`;

  async function answer() {
    setBusy(true);
    setError(null);
    try {
      const { token } = await mySurveyLink(item.surveyId);
      navigate(`/svar/${token}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <li className="my-surveys__item" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <div className="my-surveys__tags">
        <Tag data-size="sm" data-color={STATUS_COLOR[item.status]}>
          {t(`surveys.status.${item.status}`)}
        </Tag>
        <Tag data-size="sm" data-color="neutral">
          {t(`surveys.mode.${item.mode}`)}
        </Tag>
        <Tag data-size="sm" data-color={item.answered ? 'success' : 'warning'}>
          {item.answered ? t('surveys.mine.answered') : t('surveys.mine.notAnswered')}
        </Tag>
      </div>
      <Paragraph data-size="sm">
        {item.status === 'scheduled'
          ? t('surveys.mine.opens', { date: formatDate(locale, item.opensAt) })
          : item.status === 'closed'
            ? t('surveys.mine.closed', { date: formatDate(locale, item.closesAt) })
            : t('surveys.mine.closes', { date: formatDate(locale, item.closesAt) })}
      </Paragraph>
      {item.status === 'open' && !item.answered ? (
        <>
          <Button loading={busy} onClick={() => void answer()}>
            {t('surveys.mine.answer', { title })}
          </Button>
          <Paragraph data-size="sm">{t('surveys.mine.linkNote')}</Paragraph>
        </>
      ) : null}
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
    </li>
  );
}
