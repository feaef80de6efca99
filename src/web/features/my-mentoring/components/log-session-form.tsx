import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormProblems, fieldId, numberOrNull, numberText, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import {
  effectiveDate,
  logSession,
  type MentoringSession,
  type SessionFormat,
  SUB_GOALS,
  type SubGoal,
  today,
  updateSession,
} from '../api.ts';
import { subGoalLabel } from './session-parts.tsx';

/** What the form starts from: a fresh log, a planned session held, or a logged one to correct. */
export type LogStart =
  | { kind: 'new'; minutes: number | null }
  | { kind: 'planned'; session: MentoringSession }
  | { kind: 'edit'; session: MentoringSession };

/**
 * "Logg veiledning": today, the planned length and one-to-one are already filled in, so the common
 * case is a sub-goal and Save. The note is private to the pair, and the form says so plainly.
 */
export function LogSessionForm({
  pairId,
  nqtName,
  start,
  onSaved,
  onCancel,
}: {
  pairId: string;
  nqtName: string;
  start: LogStart;
  onSaved: (session: MentoringSession, message: string) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const existing = start.kind === 'new' ? null : start.session;
  const form = `log-${existing?.id ?? 'new'}`;
  const [date, setDate] = useState(
    start.kind === 'planned' ? effectiveDate(start.session) : (existing?.date ?? today()),
  );
  const [minutes, setMinutes] = useState(
    numberText(
      start.kind === 'new'
        ? start.minutes
        : start.kind === 'edit'
          ? start.session.heldMinutes
          : start.session.plannedMinutes,
    ),
  );
  const [format, setFormat] = useState<SessionFormat>(existing?.format ?? 'individual');
  const [subGoals, setSubGoals] = useState<SubGoal[]>(existing?.subGoals ?? []);
  const [note, setNote] = useState(start.kind === 'edit' ? (start.session.note ?? '') : '');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  // The button that opened the form is gone: the form's heading takes focus, so reading goes on here.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const labels = {
    date: t('web.myMentoring.log.date'),
    minutes: t('web.myMentoring.log.minutes'),
    format: t('web.myMentoring.log.format'),
    subGoals: t('web.myMentoring.log.subGoals'),
    note: t('web.myMentoring.log.note'),
  };
  const title =
    start.kind === 'edit'
      ? t('web.myMentoring.log.editTitle', { date: formatDate(locale, start.session.date) })
      : t('web.myMentoring.log.title', { name: nqtName });
  const titleId = `${form}-title`;

  function toggle(code: SubGoal, on: boolean) {
    setSubGoals((prev) => (on ? [...prev.filter((c) => c !== code), code] : prev.filter((c) => c !== code)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    const ordered = SUB_GOALS.filter((g) => subGoals.includes(g));
    try {
      if (start.kind === 'edit') {
        let saved = await updateSession(pairId, start.session.id, {
          minutes: numberOrNull(minutes),
          format,
          subGoals: ordered,
        });
        const trimmed = note.trim();
        if (trimmed !== (start.session.note ?? '')) {
          saved = await updateSession(pairId, start.session.id, { note: trimmed === '' ? null : trimmed });
        }
        onSaved(saved, t('web.myMentoring.log.updated'));
      } else {
        const saved = await logSession(pairId, {
          date,
          minutes: numberOrNull(minutes),
          format,
          subGoals: ordered,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(start.kind === 'planned' ? { plannedDate: start.session.date } : {}),
        });
        onSaved(saved, t('web.myMentoring.log.saved', { date: formatDate(locale, saved.date) }));
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form log-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <Heading level={3} data-size="xs" id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <FormProblems problem={problem} form={form} labels={labels} />
      {start.kind === 'edit' ? null : (
        <Textfield
          id={fieldId(form, 'date')}
          label={labels.date}
          type="date"
          required
          max={today()}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={fieldError('date')}
        />
      )}
      <Textfield
        id={fieldId(form, 'minutes')}
        label={labels.minutes}
        inputMode="numeric"
        required
        suffix={t('web.myMentoring.log.minutesSuffix')}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={fieldError('minutes')}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{labels.format}</Fieldset.Legend>
        <div className="choice-row">
          <Radio
            id={fieldId(form, 'format')}
            name={`${form}-format`}
            value="individual"
            label={t('mentoring.format.individual')}
            checked={format === 'individual'}
            onChange={() => setFormat('individual')}
          />
          <Radio
            name={`${form}-format`}
            value="group"
            label={t('mentoring.format.group')}
            checked={format === 'group'}
            onChange={() => setFormat('group')}
          />
        </div>
        {fieldError('format') ? <ValidationMessage>{fieldError('format')}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{labels.subGoals}</Fieldset.Legend>
        <Fieldset.Description>{t('web.myMentoring.log.subGoalsHelp')}</Fieldset.Description>
        {SUB_GOALS.map((code, i) => (
          <Checkbox
            key={code}
            {...(i === 0 ? { id: fieldId(form, 'subGoals') } : {})}
            value={code}
            label={subGoalLabel(t, code)}
            checked={subGoals.includes(code)}
            onChange={(e) => toggle(code, e.target.checked)}
          />
        ))}
        {fieldError('subGoals') ? <ValidationMessage>{fieldError('subGoals')}</ValidationMessage> : null}
      </Fieldset>
      <Field>
        <Label htmlFor={fieldId(form, 'note')}>{labels.note}</Label>
        <Field.Description>{t('web.myMentoring.log.noteHelp', { name: nqtName })}</Field.Description>
        <Textarea
          id={fieldId(form, 'note')}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={fieldError('note') ? true : undefined}
        />
        {fieldError('note') ? <ValidationMessage>{fieldError('note')}</ValidationMessage> : null}
      </Field>
      {start.kind === 'planned' ? <Paragraph data-size="sm">{t('web.myMentoring.log.plannedHelp')}</Paragraph> : null}
      <div className="form__buttons">
        <Button type="submit" loading={busy}>
          {t('web.common.save')}
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          {t('web.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
