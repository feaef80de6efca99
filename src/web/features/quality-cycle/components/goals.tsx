import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { addGoal, type QualityCycle, removeGoal, updateGoal } from '../api.ts';
import { useWriter } from './writer.tsx';

const FORM = 'qc-goal';

type Goal = QualityCycle['goals'][number];

/** One goal's text edited in place; Escape or "Avbryt" leaves it as it was. */
function GoalEditor({ goal, onDone }: { goal: Goal; onDone: (message: string | null) => void }) {
  const { t } = useI18n();
  const { cycle, write } = useWriter();
  const { problem, fail, clear, fieldError } = useFormProblem();
  const [text, setText] = useState(goal.text);
  const [busy, setBusy] = useState(false);
  const form = `${FORM}-${goal.id}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      await write(() => updateGoal(cycle, goal, text));
      onDone(t('web.qualityCycle.goalSaved'));
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }
  return (
    <form className="form qc-goal-edit" noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems problem={problem} form={form} labels={{ text: t('web.qualityCycle.goalText') }} />
      <Textfield
        id={fieldId(form, 'text')}
        label={t('web.qualityCycle.goalText')}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone(null);
        }}
        error={fieldError('text')}
      />
      <div className="form__buttons">
        <Button type="submit" data-size="sm" disabled={busy}>
          {t('web.qualityCycle.saveGoal')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => onDone(null)}>
          {t('web.qualityCycle.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Phase 4: the goals for the coming year, with last year's beside them. */
export function GoalsContent() {
  const { t } = useI18n();
  const { cycle, write } = useWriter();
  const { problem, fail, clear, fieldError } = useFormProblem();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const labels = { text: t('web.qualityCycle.newGoal') };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    clear();
    try {
      await write(() => addGoal(cycle, text));
      setText('');
      setMessage(t('web.qualityCycle.goalAdded'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove(goalId: string) {
    setRemoveProblem(null);
    setMessage(null);
    try {
      await write(() => removeGoal(cycle, goalId));
    } catch (err) {
      setRemoveProblem(errorMessage(err));
    }
  }

  return (
    <>
      {cycle.previous && cycle.previous.goals.length > 0 ? (
        <Details>
          <Details.Summary>
            {t('web.qualityCycle.lastYearGoals')} ({cycle.previous.schoolYear})
          </Details.Summary>
          <Details.Content>
            <ul>
              {cycle.previous.goals.map((g, i) => (
                // Last year's goals are read-only text; their order is their identity here.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i}>{g}</li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      ) : null}
      <Heading level={3} data-size="xs">
        {t('web.qualityCycle.goals')}
      </Heading>
      {cycle.goals.length === 0 ? (
        <Paragraph>{t('web.qualityCycle.noGoals')}</Paragraph>
      ) : (
        <ol className="qc-goals">
          {cycle.goals.map((g) => (
            <li key={g.id}>
              {editingId === g.id ? (
                <GoalEditor
                  goal={g}
                  onDone={(done) => {
                    setEditingId(null);
                    setMessage(done);
                  }}
                />
              ) : (
                <span>{g.text}</span>
              )}
              {cycle.abilities.manage && editingId !== g.id ? (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('web.qualityCycle.editGoalLabel', { text: g.text })}
                  onClick={() => {
                    setMessage(null);
                    setEditingId(g.id);
                  }}
                >
                  {t('web.qualityCycle.edit')}
                </Button>
              ) : null}
              {cycle.abilities.manage && editingId !== g.id ? (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('web.qualityCycle.removeGoal', { text: g.text })}
                  onClick={() => void remove(g.id)}
                >
                  {t('web.qualityCycle.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {removeProblem ? <Paragraph role="alert">{removeProblem}</Paragraph> : null}
      {cycle.abilities.manage ? (
        <form className="form qc-inline-form" noValidate onSubmit={(e) => void submit(e)}>
          <FormProblems problem={problem} form={FORM} labels={labels} />
          <Textfield
            id={fieldId(FORM, 'text')}
            label={labels.text}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={fieldError('text')}
          />
          <div className="form__buttons">
            <Button type="submit" variant="secondary" disabled={busy}>
              {t('web.qualityCycle.addGoal')}
            </Button>
          </div>
        </form>
      ) : null}
      <Saved message={message} />
    </>
  );
}
