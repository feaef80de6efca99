import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { effectiveDate, type MentoringSession, today, updateSession } from '../api.ts';
import { focusById, sessionHeadingId } from '../focus.ts';

/**
 * What a mentor does with a planned session: say it was held as planned (opens the log form filled
 * in), move it to another day, or cancel it (asked once more, since it cannot be undone here).
 */
export function PlannedActions({
  pairId,
  session,
  onHeld,
  onChanged,
}: {
  pairId: string;
  session: MentoringSession;
  onHeld: () => void;
  onChanged: (session: MentoringSession, message: string) => void;
}) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<'idle' | 'move' | 'cancel'>('idle');
  const [movedTo, setMovedTo] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = `move-${session.id}`;
  const day = effectiveDate(session);
  const when = formatDate(locale, day);

  // Back from moving or cancelling: the session's heading takes focus again.
  function back() {
    clear();
    setMode('idle');
    focusById(sessionHeadingId(session.id));
  }

  async function change(patch: Parameters<typeof updateSession>[2], message: string) {
    clear();
    setBusy(true);
    try {
      const saved = await updateSession(pairId, session.id, patch);
      setMode('idle');
      onChanged(saved, message);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  function submitMove(event: FormEvent) {
    event.preventDefault();
    void change({ movedTo }, t('web.myMentoring.planned.movedMessage', { date: formatDate(locale, movedTo) }));
  }

  if (mode === 'move') {
    return (
      <form
        className="form"
        onSubmit={submitMove}
        noValidate
        aria-label={t('web.myMentoring.planned.moveTitle', { date: when })}
      >
        <FormProblems problem={problem} form={form} labels={{ movedTo: t('web.myMentoring.planned.newDate') }} />
        <Textfield
          id={fieldId(form, 'movedTo')}
          label={t('web.myMentoring.planned.newDate')}
          type="date"
          required
          autoFocus
          value={movedTo}
          onChange={(e) => setMovedTo(e.target.value)}
          error={fieldError('movedTo')}
        />
        <div className="form__buttons">
          <Button type="submit" data-size="sm" loading={busy}>
            {t('web.myMentoring.planned.move')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={back}>
            {t('web.common.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  if (mode === 'cancel') {
    return (
      <div className="stack">
        <FormProblems problem={problem} form={form} labels={{}} />
        <Paragraph data-size="sm">{t('web.myMentoring.planned.cancelQuestion', { date: when })}</Paragraph>
        <div className="form__buttons">
          <Button
            data-size="sm"
            data-color="danger"
            loading={busy}
            onClick={() =>
              void change({ status: 'cancelled' }, t('web.myMentoring.planned.cancelledMessage', { date: when }))
            }
          >
            {t('web.myMentoring.planned.cancelYes')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={back} autoFocus>
            {t('web.myMentoring.planned.cancelNo')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="form__buttons">
      {day <= today() ? (
        <Button data-size="sm" onClick={onHeld} aria-label={t('web.myMentoring.planned.heldFor', { date: when })}>
          {t('web.myMentoring.planned.held')}
        </Button>
      ) : null}
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => setMode('move')}
        aria-label={t('web.myMentoring.planned.moveFor', { date: when })}
      >
        {t('web.myMentoring.planned.move')}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={() => setMode('cancel')}
        aria-label={t('web.myMentoring.planned.cancelFor', { date: when })}
      >
        {t('web.myMentoring.planned.cancel')}
      </Button>
    </div>
  );
}
