import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useState } from 'react';
import { markOwnPageShown } from '../../../app/own-pages.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { MyAgreements } from '../../agreements/components/my-agreements.tsx';
import { KnowledgeBaseLinks } from '../../knowledge-base/components/knowledge-base-links.tsx';
import {
  effectiveDate,
  isOpen,
  type MentoringSession,
  type MentorPair,
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

/** Planned sessions whose day has come and that nobody has logged, cancelled or moved: the latest three. */
function notLogged(all: MentoringSession[] | undefined): MentoringSession[] {
  const now = today();
  return newestFirst((all ?? []).filter((s) => isOpen(s) && effectiveDate(s) <= now)).slice(0, 3);
}

function NqtCard({ pair, onChanged }: { pair: MentorPair; onChanged: () => void }) {
  const { t } = useI18n();
  const sessions = useApiGet<{ sessions: MentoringSession[] }>(sessionsPath(pair.pairId));
  const [message, setMessage] = useState<string | null>(null);
  const name = pair.nqt.name;
  const headingId = `nqt-${pair.pairId}`;

  function saved(_: MentoringSession, text: string) {
    setMessage(text);
    sessions.reload();
    onChanged();
  }

  const due = notLogged(sessions.data?.sessions);
  // Two coming sessions keep a phone screen short; the NQT's page has them all.
  const next = pair.nextSessions.filter((s) => isOpen(s) && !due.some((d) => d.id === s.id)).slice(0, 2);
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__head">
        <Heading level={2} data-size="sm" id={headingId}>
          {name}
        </Heading>
      </div>
      <Paragraph data-size="sm">
        {[pair.nqt.unitName, t('web.myMentoring.programmeYear', { year: pair.programmeYear })]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <MinutesSummary planned={pair.plannedMinutesToDate} held={pair.heldMinutesToDate} isBehind={pair.isBehind} />
      <Saved message={message} />
      <NewSessionLogger
        pair={pair}
        buttonLabel={t('web.myMentoring.logFor', { name })}
        onOpen={() => setMessage(null)}
        onSaved={saved}
      />
      {sessions.error ? <LoadError error={sessions.error} onRetry={sessions.reload} /> : null}
      {due.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('web.myMentoring.notLogged')}
          </Heading>
          <MentorSessions pairId={pair.pairId} nqtName={name} sessions={due} empty="" onSaved={saved} />
        </>
      ) : null}
      <Heading level={3} data-size="xs">
        {t('web.myMentoring.nextSessions')}
      </Heading>
      <MentorSessions
        pairId={pair.pairId}
        nqtName={name}
        sessions={next}
        empty={t('web.myMentoring.noNextSessions')}
        onSaved={saved}
      />
      <Paragraph>
        <AppLink to={myMentoringRoutes.pair(pair.pairId)}>{t('web.myMentoring.historyFor', { name })}</AppLink>
      </Paragraph>
    </section>
  );
}

/** "Mine nyutdannede": a mentor's NQTs, how far the mentoring has come, and logging a session. */
export function MyNqtsPage() {
  const { me } = useSignedIn();
  useEffect(() => markOwnPageShown(me.user.id), [me.user.id]);
  const { t } = useI18n();
  const mine = useApiGet<MyMentoring>(myMentoringPath);
  const title = t('web.myMentoring.mentor.title');

  let body: ReactNode;
  if (mine.error) body = <LoadError error={mine.error} onRetry={mine.reload} />;
  else if (!mine.data) body = <Loading />;
  else if (mine.data.asMentor.length === 0) body = <Paragraph>{t('web.myMentoring.mentor.none')}</Paragraph>;
  else {
    body = (
      <>
        {mine.data.asMentor.map((pair) => (
          <NqtCard key={pair.pairId} pair={pair} onChanged={mine.reload} />
        ))}
        <MyAgreements party="mentor" hideWhenNone />
        <KnowledgeBaseLinks pairs={mine.data.asMentor} />
      </>
    );
  }
  return (
    <Page title={title} lead={<Paragraph>{t('web.myMentoring.mentor.lead')}</Paragraph>}>
      {body}
    </Page>
  );
}
