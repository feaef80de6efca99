import { Button, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { Matching, MatchingWeightsInput, ProgrammePatch } from '../../../../shared/schemas/mentoring.ts';
import { FormProblems, fieldId, numberOrNull, numberText, useFormProblem } from '../../../lib/form.tsx';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { updateProgramme } from '../api.ts';

/** The weights a coordinator may change; `unmatched` stays 'auto' (nobody is left out to gain quality). */
const EDITABLE = [
  'sameUnit',
  'sameUnitType',
  'sameStage',
  'subjectOverlapPerSubject',
  'subjectOverlapMaxSubjects',
  'educationCompleted',
  'educationOngoing',
  'experienced',
  'experiencedYears',
  'loadStep',
  'lineManagerOverride',
] as const satisfies readonly (keyof MatchingWeightsInput)[];
type Editable = (typeof EDITABLE)[number];

/**
 * The programme's matching weights, each with what it rewards and its default. Saved in the programme's
 * settings (only those that differ from the default), so every later proposal uses them.
 */
export function WeightsForm({
  ownerId,
  programmeId,
  matching,
  onSaved,
}: {
  ownerId: string;
  programmeId: string;
  matching: Matching;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const initial = () => Object.fromEntries(EDITABLE.map((k) => [k, numberText(matching.weights[k] as number)]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const labels = Object.fromEntries(
    EDITABLE.map((k) => [`settings.matchingWeights.${k}`, t(`matchingWeights.${k}.label`)]),
  );

  async function save(weights: Partial<Record<Editable, number | string | null>>) {
    clear();
    setMessage(null);
    setBusy(true);
    try {
      await updateProgramme(ownerId, programmeId, { settings: { matchingWeights: weights } } as ProgrammePatch);
      setMessage(t('matchingWeights.saved'));
      onSaved();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // Only what differs from the default is stored, so a later change of a default reaches this programme.
    const changed: Partial<Record<Editable, number | string | null>> = {};
    for (const k of EDITABLE) {
      const value = numberOrNull(values[k] ?? '');
      if (value !== matching.defaultWeights[k]) changed[k] = value;
    }
    void save(changed);
  }

  function reset() {
    setValues(Object.fromEntries(EDITABLE.map((k) => [k, numberText(matching.defaultWeights[k] as number)])));
    void save({});
  }

  return (
    <Details>
      <Details.Summary>{t('matchingWeights.title')}</Details.Summary>
      <Details.Content>
        <form id="matching-weights" onSubmit={submit} noValidate className="form">
          <Paragraph data-size="sm">{t('matchingWeights.lead')}</Paragraph>
          <FormProblems problem={problem} form="matching-weights" labels={labels} />
          <div className="form__grid">
            {EDITABLE.map((k) => (
              <Textfield
                key={k}
                id={fieldId('matching-weights', `settings.matchingWeights.${k}`)}
                label={t(`matchingWeights.${k}.label`)}
                description={t('matchingWeights.help', {
                  what: t(`matchingWeights.${k}.help`),
                  default: formatNumber(locale, matching.defaultWeights[k] as number),
                })}
                inputMode="numeric"
                value={values[k] ?? ''}
                onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                error={fieldError(`settings.matchingWeights.${k}`)}
              />
            ))}
          </div>
          <div className="form__actions">
            <Button type="submit" loading={busy}>
              {t('matchingWeights.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={reset} disabled={busy}>
              {t('matchingWeights.reset')}
            </Button>
          </div>
          <Saved message={message} />
        </form>
      </Details.Content>
    </Details>
  );
}
