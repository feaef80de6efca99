import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { isOpen, type MentoringSession } from '../api.ts';
import { focusById, sessionHeadingId } from '../focus.ts';
import { LogSessionForm } from './log-session-form.tsx';
import { PlannedActions } from './planned-actions.tsx';
import { SessionCard } from './session-parts.tsx';

/**
 * A mentor's list of sessions with NQT `nqtName`: planned ones can be logged as held, moved or
 * cancelled, held ones corrected. One form is open at a time, inside the card it is about.
 */
export function MentorSessions({
  pairId,
  nqtName,
  sessions,
  empty,
  onSaved,
}: {
  pairId: string;
  nqtName: string;
  sessions: MentoringSession[];
  empty: string;
  onSaved: (session: MentoringSession, message: string) => void;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<{ kind: 'planned' | 'edit'; id: string } | null>(null);

  if (sessions.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="session-list">
      {sessions.map((s) => {
        const isEditing = open?.id === s.id;
        let actions = null;
        if (isEditing && open) {
          actions = (
            <LogSessionForm
              pairId={pairId}
              nqtName={nqtName}
              start={{ kind: open.kind, session: s }}
              onSaved={(saved, message) => {
                setOpen(null);
                onSaved(saved, message);
                focusById(sessionHeadingId(saved.id));
              }}
              onCancel={() => {
                setOpen(null);
                focusById(sessionHeadingId(s.id));
              }}
            />
          );
        } else if (isOpen(s)) {
          actions = (
            <PlannedActions
              pairId={pairId}
              session={s}
              onHeld={() => setOpen({ kind: 'planned', id: s.id })}
              onChanged={(saved, message) => {
                onSaved(saved, message);
                focusById(sessionHeadingId(saved.id));
              }}
            />
          );
        } else if (s.status === 'held') {
          actions = (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => setOpen({ kind: 'edit', id: s.id })}
              aria-label={t('web.myMentoring.editFor', { date: formatDate(locale, s.date) })}
            >
              {t('web.common.edit')}
            </Button>
          );
        }
        return <SessionCard key={s.id} session={s} noteReader={nqtName} actions={actions} />;
      })}
    </ul>
  );
}
