import { Heading, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { SelectField } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { PHASE_STATUSES, type PhaseStatus, QUALITY_PHASES, type QualityPhase, saveCycle } from '../api.ts';
import { useWriter } from './writer.tsx';

const PHASE_COLORS: Record<PhaseStatus, 'neutral' | 'info' | 'success'> = {
  not_started: 'neutral',
  in_progress: 'info',
  done: 'success',
};

export const phaseAnchor = (phase: QualityPhase) => `phase-${phase.replace('_', '-')}`;

/** The phase's status as a tag with its words (the colour only repeats them). */
export function PhaseTag({ status }: { status: PhaseStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-size="sm" data-color={PHASE_COLORS[status]}>
      {t(`web.qualityCycle.phaseStatus.${status}`)}
    </Tag>
  );
}

/** One phase of the cycle: its heading, status (a select that saves at once, for those who edit) and content. */
export function PhaseSection({ phase, children }: { phase: QualityPhase; children: ReactNode }) {
  const { t, locale } = useI18n();
  const { cycle, write } = useWriter();
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = cycle.phases.find((p) => p.phase === phase);
  const number = QUALITY_PHASES.indexOf(phase) + 1;
  const name = t(`web.qualityCycle.phase.${phase}`);
  const headingId = `${phaseAnchor(phase)}-heading`;

  async function change(status: PhaseStatus) {
    setBusy(true);
    setMessage(null);
    setProblem(null);
    try {
      await write(() => saveCycle(cycle, { phases: { [phase]: status } }));
      setMessage(t('web.qualityCycle.savedPhase', { phase: name }));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section qc-phase" id={phaseAnchor(phase)} aria-labelledby={headingId}>
      <div className="section__head">
        <div>
          <Paragraph data-size="sm" className="qc-phase__step">
            {t('web.qualityCycle.phaseStep', { number })}
          </Paragraph>
          <Heading level={2} data-size="sm" id={headingId}>
            {name}
          </Heading>
        </div>
        {state && !cycle.abilities.manage ? <PhaseTag status={state.status} /> : null}
      </div>
      {state && cycle.abilities.manage ? (
        <div className="qc-phase__status">
          <SelectField
            label={t('web.qualityCycle.phaseStatusLabel', { phase: name })}
            value={state.status}
            disabled={busy}
            onChange={(e) => void change(e.target.value as PhaseStatus)}
            error={problem ?? undefined}
          >
            {PHASE_STATUSES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`web.qualityCycle.phaseStatus.${s}`)}
              </Select.Option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {state?.changedAt && state.changedByName ? (
        <Paragraph data-size="sm">
          {t('web.qualityCycle.changed', { date: formatDate(locale, state.changedAt), name: state.changedByName })}
        </Paragraph>
      ) : null}
      <Saved message={message} />
      {children}
    </section>
  );
}
