import { Button, Link as DsLink, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useState } from 'react';
import { markOwnPageShown } from '../../../app/own-pages.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { MyAgreements } from '../../agreements/components/my-agreements.tsx';
import { KnowledgeBaseLinks } from '../../knowledge-base/components/knowledge-base-links.tsx';
import {
  confirmSession,
  isOpen,
  type MentoringSession,
  type MyMentoring,
  myMentoringPath,
  type NqtPair,
  newestFirst,
  SUB_GOALS,
  sessionsPath,
} from '../api.ts';
import { MinutesSummary, SessionCard, subGoalLabel } from '../components/session-parts.tsx';
import { focusById, sessionHeadingId } from '../focus.ts';

function ConfirmButton({
  pairId,
  session,
  onConfirmed,
}: {
  pairId: string;
  session: MentoringSession;
  onConfirmed: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear } = useFormProblem();
  const when = formatDate(locale, session.date);
  return (
    <div className="stack">
      <FormProblems problem={problem} form={`confirm-${session.id}`} labels={{}} />
      <Paragraph data-size="sm">{t('web.myMentoring.nqt.confirmHelp')}</Paragraph>
      <div className="form__buttons">
        <Button
          data-size="sm"
          loading={busy}
          aria-label={t('web.myMentoring.nqt.confirmFor', { date: when })}
          onClick={async () => {
            clear();
            setBusy(true);
            try {
              await confirmSession(pairId, session.id);
              onConfirmed(t('web.myMentoring.nqt.confirmed', { date: when }));
              focusById(sessionHeadingId(session.id));
            } catch (err) {
              fail(err);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('web.myMentoring.nqt.confirm')}
        </Button>
      </div>
    </div>
  );
}

function MentorPairSections({ pair, onChanged }: { pair: NqtPair; onChanged: () => void }) {
  const { t } = useI18n();
  const sessions = useApiGet<{ sessions: MentoringSession[] }>(sessionsPath(pair.pairId));
  const [message, setMessage] = useState<string | null>(null);
  const id = `pair-${pair.pairId}`;
  const mentor = pair.mentor;
  const coming = pair.nextSessions.filter(isOpen);
  const comingIds = new Set(coming.map((s) => s.id));
  // What happened: held and cancelled sessions, and moved ones whose new day has passed.
  const past = newestFirst(
    (sessions.data?.sessions ?? []).filter((s) => s.status !== 'planned' && !comingIds.has(s.id)),
  );

  return (
    <>
      <section className="section" aria-labelledby={`${id}-mentor`}>
        <Heading level={2} data-size="sm" id={`${id}-mentor`}>
          {t('web.myMentoring.nqt.mentorTitle')}
        </Heading>
        <dl className="facts">
          <dt>{t('web.myMentoring.nqt.name')}</dt>
          <dd>{mentor.name}</dd>
          <dt>{t('web.myMentoring.nqt.unit')}</dt>
          <dd>{mentor.unitName ?? t('web.common.none')}</dd>
          <dt>{t('web.myMentoring.nqt.email')}</dt>
          <dd>
            {mentor.email ? <DsLink href={`mailto:${mentor.email}`}>{mentor.email}</DsLink> : t('web.common.none')}
          </dd>
          <dt>{t('web.myMentoring.nqt.year')}</dt>
          <dd>{t('web.myMentoring.programmeYear', { year: pair.programmeYear })}</dd>
        </dl>
        <MinutesSummary planned={pair.plannedMinutesToDate} held={pair.heldMinutesToDate} />
      </section>
      <section className="section" aria-labelledby={`${id}-next`}>
        <Heading level={2} data-size="sm" id={`${id}-next`}>
          {t('web.myMentoring.nextSessions')}
        </Heading>
        {coming.length === 0 ? (
          <Paragraph>{t('web.myMentoring.noNextSessions')}</Paragraph>
        ) : (
          <ul className="session-list">
            {coming.map((s) => (
              <SessionCard key={s.id} session={s} noteReader={mentor.name} />
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby={`${id}-history`}>
        <Heading level={2} data-size="sm" id={`${id}-history`}>
          {t('web.myMentoring.nqt.historyTitle')}
        </Heading>
        <Saved message={message} />
        {sessions.error ? (
          <LoadError error={sessions.error} onRetry={sessions.reload} />
        ) : !sessions.data ? (
          <Loading />
        ) : past.length === 0 ? (
          <Paragraph>{t('web.myMentoring.history.none')}</Paragraph>
        ) : (
          <ul className="session-list">
            {past.map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                noteReader={mentor.name}
                actions={
                  s.status === 'held' && !s.confirmedByNqtAt ? (
                    <ConfirmButton
                      pairId={pair.pairId}
                      session={s}
                      onConfirmed={(text) => {
                        setMessage(text);
                        sessions.reload();
                        onChanged();
                      }}
                    />
                  ) : null
                }
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The knowledge base's four sub-goals, so the NQT knows what the sessions are tagged with and why. */
function SubGoals() {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="nqt-sub-goals">
      <Heading level={2} data-size="sm" id="nqt-sub-goals">
        {t('web.myMentoring.nqt.subGoalsTitle')}
      </Heading>
      <Paragraph>{t('web.myMentoring.nqt.subGoalsLead')}</Paragraph>
      <List.Ordered>
        {SUB_GOALS.map((code) => (
          <List.Item key={code}>{subGoalLabel(t, code)}</List.Item>
        ))}
      </List.Ordered>
    </section>
  );
}

/** "Min veiledning": the NQT's mentor, the coming sessions, and the held ones with notes to confirm. */
export function MyMentoringPage() {
  const { me } = useSignedIn();
  useEffect(() => markOwnPageShown(me.user.id), [me.user.id]);
  const { t } = useI18n();
  const mine = useApiGet<MyMentoring>(myMentoringPath);

  let body: ReactNode;
  if (mine.error) body = <LoadError error={mine.error} onRetry={mine.reload} />;
  else if (!mine.data) body = <Loading />;
  else if (mine.data.asNqt.length === 0) body = <Paragraph>{t('web.myMentoring.nqt.none')}</Paragraph>;
  else {
    body = (
      <>
        {mine.data.asNqt.map((pair) => (
          <MentorPairSections key={pair.pairId} pair={pair} onChanged={mine.reload} />
        ))}
        <MyAgreements party="nqt" hideWhenNone />
        <SubGoals />
        <KnowledgeBaseLinks pairs={mine.data.asNqt} />
      </>
    );
  }
  return (
    <Page title={t('web.myMentoring.nqt.title')} lead={<Paragraph>{t('web.myMentoring.nqt.lead')}</Paragraph>}>
      {body}
    </Page>
  );
}
