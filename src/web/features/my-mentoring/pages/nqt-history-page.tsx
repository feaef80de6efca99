import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  effectiveDate,
  isOpen,
  type MentoringSession,
  type MyMentoring,
  myMentoringPath,
  myMentoringRoutes,
  newestFirst,
  sessionsPath,
  today,
} from '../api.ts';
import { MentorSessions } from '../components/mentor-sessions.tsx';
import { NewSessionLogger } from '../components/new-session-logger.tsx';
import { MinutesSummary } from '../components/session-parts.tsx';

/** One NQT's sessions for their mentor: every one, newest first, with notes, to log, move or correct. */
export function NqtHistoryPage() {
  const { t } = useI18n();
  const { pairId = '' } = useParams();
  const mine = useApiGet<MyMentoring>(myMentoringPath);
  const sessions = useApiGet<{ sessions: MentoringSession[] }>(sessionsPath(pairId));
  const [message, setMessage] = useState<string | null>(null);
  const pair = mine.data?.asMentor.find((p) => p.pairId === pairId);
  const back = <AppLink to={myMentoringRoutes.mentor}>{t('web.myMentoring.mentor.back')}</AppLink>;

  if (mine.error || sessions.error || !pair || !sessions.data) {
    return (
      <Page title={t('web.myMentoring.history.fallbackTitle')} back={back}>
        {mine.error || sessions.error ? (
          <LoadError error={mine.error || sessions.error} onRetry={mine.error ? mine.reload : sessions.reload} />
        ) : mine.loading || sessions.loading ? (
          <Loading />
        ) : (
          <Paragraph>{t('web.myMentoring.history.notFound')}</Paragraph>
        )}
      </Page>
    );
  }

  const name = pair.nqt.name;
  function saved(_: MentoringSession, text: string) {
    setMessage(text);
    sessions.reload();
    mine.reload();
  }
  // The whole school year's plan is in the list; the history is what has come to pass, newest first.
  const now = today();
  // The next few, and every session moved to a day still ahead (which may lie beyond those few).
  const next = pair.nextSessions.filter(isOpen);
  const nextIds = new Set(next.map((s) => s.id));
  const movedAhead = sessions.data.sessions.filter(
    (s) => s.status === 'moved' && effectiveDate(s) > now && !nextIds.has(s.id),
  );
  const coming = [...next, ...movedAhead].sort((a, b) => effectiveDate(a).localeCompare(effectiveDate(b)));
  const comingIds = new Set(coming.map((s) => s.id));
  const past = newestFirst(sessions.data.sessions.filter((s) => !comingIds.has(s.id) && effectiveDate(s) <= now));

  return (
    <Page
      title={t('web.myMentoring.history.title', { name })}
      back={back}
      lead={
        <Paragraph>
          {[pair.nqt.unitName, t('web.myMentoring.programmeYear', { year: pair.programmeYear })]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      }
    >
      <section className="section" aria-labelledby="history-summary">
        <Heading level={2} data-size="sm" id="history-summary">
          {t('web.myMentoring.minutes.title')}
        </Heading>
        <MinutesSummary planned={pair.plannedMinutesToDate} held={pair.heldMinutesToDate} isBehind={pair.isBehind} />
        <Saved message={message} />
        <NewSessionLogger pair={pair} onOpen={() => setMessage(null)} onSaved={saved} />
      </section>
      <section className="section" aria-labelledby="history-next">
        <Heading level={2} data-size="sm" id="history-next">
          {t('web.myMentoring.nextSessions')}
        </Heading>
        <MentorSessions
          pairId={pair.pairId}
          nqtName={name}
          sessions={coming}
          empty={t('web.myMentoring.noNextSessions')}
          onSaved={saved}
        />
      </section>
      <section className="section" aria-labelledby="history-list">
        <Heading level={2} data-size="sm" id="history-list">
          {t('web.myMentoring.history.heading')}
        </Heading>
        <MentorSessions
          pairId={pair.pairId}
          nqtName={name}
          sessions={past}
          empty={t('web.myMentoring.history.none')}
          onSaved={saved}
        />
      </section>
    </Page>
  );
}
