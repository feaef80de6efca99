import { Button } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { MentoringSession, MentorPair } from '../api.ts';
import { LogSessionForm } from './log-session-form.tsx';

/**
 * "Logg veiledning" and the form it opens, for a session outside the plan's open slots. After the
 * form closes (saved or cancelled) its opener takes focus again, so a keyboard user stays in place.
 */
export function NewSessionLogger({
  pair,
  buttonLabel,
  onOpen,
  onSaved,
}: {
  pair: MentorPair;
  /** An accessible name when several of these stand on one page (one per NQT). */
  buttonLabel?: string;
  onOpen: () => void;
  onSaved: (session: MentoringSession, message: string) => void;
}) {
  const { t } = useI18n();
  const [logging, setLogging] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setLogging(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  // The form starts from the length of the next planned session: the common case is "as planned".
  const planned = pair.nextSessions.find((s) => s.plannedMinutes !== null)?.plannedMinutes ?? null;

  if (logging) {
    return (
      <LogSessionForm
        pairId={pair.pairId}
        nqtName={pair.nqt.name}
        start={{ kind: 'new', minutes: planned }}
        onSaved={(session, text) => {
          onSaved(session, text);
          close();
        }}
        onCancel={close}
      />
    );
  }
  return (
    <div className="form__buttons">
      <Button
        ref={opener}
        onClick={() => {
          onOpen();
          setLogging(true);
        }}
        {...(buttonLabel ? { 'aria-label': buttonLabel } : {})}
      >
        {t('web.myMentoring.log.button')}
      </Button>
    </div>
  );
}
