import '../my-mentoring.css';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { formatDate, formatNumber, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { effectiveDate, type MentoringSession, type SessionStatus, type SubGoal } from '../api.ts';
import { sessionHeadingId } from '../focus.ts';

/** A sub-goal's name from the knowledge base (the shared mentoring catalog). */
export function subGoalLabel(t: Translate, code: SubGoal): string {
  return t(`mentoring.subGoal.${code}`);
}

const STATUS_COLOR: Record<SessionStatus, 'info' | 'success' | 'neutral' | 'warning'> = {
  planned: 'info',
  held: 'success',
  cancelled: 'neutral',
  moved: 'neutral',
};

/** Planned against held minutes to date; "behind" is a word in a tag, never colour alone. */
export function MinutesSummary({ planned, held, isBehind }: { planned: number; held: number; isBehind?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <div className="minutes-summary">
      <dl className="stats">
        <div>
          <dt>{t('web.myMentoring.minutes.planned')}</dt>
          <dd>{t('web.myMentoring.minutes.value', { minutes: formatNumber(locale, planned) })}</dd>
        </div>
        <div>
          <dt>{t('web.myMentoring.minutes.held')}</dt>
          <dd>{t('web.myMentoring.minutes.value', { minutes: formatNumber(locale, held) })}</dd>
        </div>
      </dl>
      {isBehind === undefined ? null : isBehind ? (
        <Tag data-color="warning" data-size="sm">
          {t('web.myMentoring.minutes.behind')}
        </Tag>
      ) : (
        <Tag data-color="success" data-size="sm">
          {t('web.myMentoring.minutes.onTrack')}
        </Tag>
      )}
    </div>
  );
}

/**
 * One session as a small card: when, what became of it, how long, which sub-goals, and the note for
 * the two people who may read it (the server sends it to nobody else). `actions` go underneath.
 */
export function SessionCard({
  session,
  noteReader,
  actions,
  headingLevel = 3,
}: {
  session: MentoringSession;
  /** Who else reads the note, for the sentence beside it. */
  noteReader: string;
  actions?: ReactNode;
  headingLevel?: 3 | 4;
}) {
  const { t, locale } = useI18n();
  const minutes = session.status === 'held' ? session.heldMinutes : session.plannedMinutes;
  return (
    <li className="session-card">
      <div className="session-card__head">
        <Heading level={headingLevel} data-size="2xs" id={sessionHeadingId(session.id)} tabIndex={-1}>
          {formatDate(locale, effectiveDate(session))}
        </Heading>
        <Tag data-size="sm" data-color={STATUS_COLOR[session.status]}>
          {t(`mentoring.session.${session.status}`)}
        </Tag>
        {session.status === 'held' ? (
          <Tag data-size="sm" data-color={session.confirmedByNqtAt ? 'success' : 'neutral'}>
            {session.confirmedByNqtAt ? t('web.myMentoring.confirmed') : t('web.myMentoring.notConfirmed')}
          </Tag>
        ) : null}
      </div>
      <Paragraph data-size="sm">
        {[
          minutes === null ? null : t('web.myMentoring.minutes.value', { minutes: formatNumber(locale, minutes) }),
          session.format ? t(`mentoring.format.${session.format}`) : null,
          session.movedTo ? t('web.myMentoring.movedFrom', { date: formatDate(locale, session.date) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      {session.subGoals.length > 0 ? (
        <Paragraph data-size="sm">
          {t('web.myMentoring.subGoalsTouched', { goals: session.subGoals.map((g) => subGoalLabel(t, g)).join(', ') })}
        </Paragraph>
      ) : null}
      {session.note ? (
        <div className="session-card__note">
          <Paragraph data-size="sm" className="session-card__note-label">
            {t('web.myMentoring.noteFor', { name: noteReader })}
          </Paragraph>
          <Paragraph data-size="sm" className="session-card__note-text">
            {session.note}
          </Paragraph>
        </div>
      ) : null}
      {actions ? <div className="session-card__actions">{actions}</div> : null}
    </li>
  );
}
