import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import { FREQUENCIES, type Frequency } from '../../../../shared/rules/cadence.ts';
import type { ProgrammePatch, ProgrammeSettings } from '../../../../shared/schemas/mentoring.ts';
import type { RegionalSettings } from '../../../../shared/schemas/regional-programmes.ts';
import { FormProblems, fieldId, numberOrNull, numberText, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { type Locale, useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';

/**
 * What a settings form edits: an owner's programme, or a region's programme whose shared settings every
 * member follows (it has no session weekday or calendar: those are each owner's).
 */
export interface SettingsTarget {
  name: string;
  settings: RegionalSettings & Partial<Pick<ProgrammeSettings, 'sessionWeekday'>>;
  canManage: boolean;
  /** Saves the name or settings parts given; a failure is thrown for the form to show. */
  save: (patch: ProgrammePatch) => Promise<void>;
}

const INTL: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
/** Monday to Friday in the reader's language (1 January 2024 was a Monday). */
function weekdayName(locale: Locale, isoDay: number): string {
  const day = new Date(Date.UTC(2024, 0, isoDay));
  return new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/**
 * One part of the settings with its own save: the server replaces each part it is sent whole, so a
 * part is saved alone and the others stay as they are.
 */
export function SettingsForm({
  id,
  title,
  lead,
  target,
  labels,
  patch,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  target: SettingsTarget;
  labels: Record<string, string>;
  patch: () => ProgrammePatch;
  children: (fieldError: (path: string) => string | undefined) => ReactNode;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setMessage(null);
    setBusy(true);
    try {
      await target.save(patch());
      setMessage(t('web.common.saved'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {lead ? <Paragraph data-size="sm">{lead}</Paragraph> : null}
      <form className="form" onSubmit={submit} noValidate aria-labelledby={id}>
        <FormProblems problem={problem} form="settings" labels={labels} />
        <fieldset className="plain-fieldset" disabled={!target.canManage}>
          {children(fieldError)}
        </fieldset>
        <Saved message={message} />
        {target.canManage ? (
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.common.save')}
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}

type CadenceValues = Record<UnitType, Record<'year1' | 'year2', { frequency: Frequency; minutes: string }>>;

export function CadenceForm({ target }: { target: SettingsTarget }) {
  const { t, locale } = useI18n();
  const settings = target.settings;
  // The session weekday is an owner's own (a region's form has none).
  const hasWeekday = settings.sessionWeekday !== undefined;
  const [values, setValues] = useState<CadenceValues>(
    () =>
      Object.fromEntries(
        UNIT_TYPES.map((u) => [
          u,
          {
            year1: {
              frequency: settings.cadences[u].year1.frequency,
              minutes: String(settings.cadences[u].year1.minutes),
            },
            year2: {
              frequency: settings.cadences[u].year2.frequency,
              minutes: String(settings.cadences[u].year2.minutes),
            },
          },
        ]),
      ) as CadenceValues,
  );
  const [scale, setScale] = useState(settings.scaleByPosition);
  const [weekday, setWeekday] = useState(String(settings.sessionWeekday ?? 1));
  const path = (u: UnitType, y: 'year1' | 'year2', f: 'frequency' | 'minutes') => `settings.cadences.${u}.${y}.${f}`;
  const labels: Record<string, string> = {};
  for (const u of UNIT_TYPES) {
    for (const y of ['year1', 'year2'] as const) {
      const year = t('web.mentoring.common.year', { year: y === 'year1' ? 1 : 2 });
      labels[path(u, y, 'frequency')] = `${t(`unitType.${u}`)}, ${year}: ${t('web.mentoring.settings.frequency')}`;
      labels[path(u, y, 'minutes')] = `${t(`unitType.${u}`)}, ${year}: ${t('web.mentoring.settings.minutes')}`;
    }
  }
  labels['settings.sessionWeekday'] = t('web.mentoring.settings.weekday');

  const set = (u: UnitType, y: 'year1' | 'year2', change: Partial<{ frequency: Frequency; minutes: string }>) =>
    setValues((prev) => ({ ...prev, [u]: { ...prev[u], [y]: { ...prev[u][y], ...change } } }));

  return (
    <SettingsForm
      id="settings-cadence"
      title={t('web.mentoring.settings.cadenceTitle')}
      lead={t('web.mentoring.settings.cadenceLead')}
      target={target}
      labels={labels}
      patch={() => ({
        settings: {
          cadences: Object.fromEntries(
            UNIT_TYPES.map((u) => [
              u,
              Object.fromEntries(
                (['year1', 'year2'] as const).map((y) => [
                  y,
                  { frequency: values[u][y].frequency, minutes: numberOrNull(values[u][y].minutes) },
                ]),
              ),
            ]),
          ) as ProgrammeSettings['cadences'],
          scaleByPosition: scale,
          ...(hasWeekday ? { sessionWeekday: Number(weekday) } : {}),
        },
      })}
    >
      {(fieldError) => (
        <div className="stack-lg">
          {UNIT_TYPES.map((u) => (
            <Fieldset key={u}>
              <Fieldset.Legend>{t(`unitType.${u}`)}</Fieldset.Legend>
              <div className="cadence-grid">
                {(['year1', 'year2'] as const).map((y) => {
                  const year = t('web.mentoring.common.year', { year: y === 'year1' ? 1 : 2 });
                  return (
                    <div key={y} className="cadence-grid__year">
                      <SelectField
                        id={fieldId('settings', path(u, y, 'frequency'))}
                        label={`${year}: ${t('web.mentoring.settings.frequency')}`}
                        value={values[u][y].frequency}
                        onChange={(e) => set(u, y, { frequency: e.target.value as Frequency })}
                        error={fieldError(path(u, y, 'frequency'))}
                      >
                        {FREQUENCIES.map((f) => (
                          <option key={f} value={f}>
                            {t(`mentoring.frequency.${f}`)}
                          </option>
                        ))}
                      </SelectField>
                      <Textfield
                        id={fieldId('settings', path(u, y, 'minutes'))}
                        label={`${year}: ${t('web.mentoring.settings.minutes')}`}
                        inputMode="numeric"
                        suffix={t('web.mentoring.settings.minutesSuffix')}
                        value={values[u][y].minutes}
                        onChange={(e) => set(u, y, { minutes: e.target.value })}
                        error={fieldError(path(u, y, 'minutes'))}
                      />
                    </div>
                  );
                })}
              </div>
            </Fieldset>
          ))}
          {hasWeekday ? (
            <div className="form__grid">
              <SelectField
                id={fieldId('settings', 'settings.sessionWeekday')}
                label={t('web.mentoring.settings.weekday')}
                description={t('web.mentoring.settings.weekdayHelp')}
                value={weekday}
                onChange={(e) => setWeekday(e.target.value)}
                error={fieldError('settings.sessionWeekday')}
              >
                {[1, 2, 3, 4, 5].map((d) => (
                  <option key={d} value={String(d)}>
                    {weekdayName(locale, d)}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <Checkbox
            label={t('web.mentoring.settings.scaleByPosition')}
            description={t('web.mentoring.settings.scaleByPositionHelp')}
            checked={scale}
            onChange={(e) => setScale(e.target.checked)}
          />
        </div>
      )}
    </SettingsForm>
  );
}

export function FollowUpForm({ target }: { target: SettingsTarget }) {
  const { t } = useI18n();
  const programme = target;
  const [name, setName] = useState(programme.name);
  const [min, setMin] = useState(numberText(programme.settings.networkGroupSize.min));
  const [max, setMax] = useState(numberText(programme.settings.networkGroupSize.max));
  const [threshold, setThreshold] = useState(numberText(programme.settings.behindScheduleThresholdPercent));
  const [nudgesOn, setNudgesOn] = useState(programme.settings.nudges.enabled);
  const [mentorDays, setMentorDays] = useState(numberText(programme.settings.nudges.mentorAfterDays));
  const [leaderDays, setLeaderDays] = useState(numberText(programme.settings.nudges.leaderAfterDays));
  const labels = {
    name: t('web.mentoring.programmes.name'),
    'settings.networkGroupSize.min': t('web.mentoring.settings.groupMin'),
    'settings.networkGroupSize.max': t('web.mentoring.settings.groupMax'),
    'settings.behindScheduleThresholdPercent': t('web.mentoring.settings.threshold'),
    'settings.nudges.mentorAfterDays': t('web.mentoring.settings.nudgeMentorDays'),
    'settings.nudges.leaderAfterDays': t('web.mentoring.settings.nudgeLeaderDays'),
  };
  return (
    <SettingsForm
      id="settings-follow-up"
      title={t('web.mentoring.settings.followUpTitle')}
      target={target}
      labels={labels}
      patch={() =>
        ({
          name: name.trim(),
          settings: {
            networkGroupSize: { min: numberOrNull(min), max: numberOrNull(max) },
            behindScheduleThresholdPercent: numberOrNull(threshold),
            nudges: {
              enabled: nudgesOn,
              mentorAfterDays: numberOrNull(mentorDays),
              leaderAfterDays: numberOrNull(leaderDays),
            },
          },
        }) as ProgrammePatch
      }
    >
      {(fieldError) => (
        <div className="form__grid">
          <Textfield
            id={fieldId('settings', 'name')}
            className="form__wide"
            label={labels.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError('name')}
          />
          <Textfield
            id={fieldId('settings', 'settings.networkGroupSize.min')}
            label={labels['settings.networkGroupSize.min']}
            description={t('web.mentoring.settings.groupHelp')}
            inputMode="numeric"
            value={min}
            onChange={(e) => setMin(e.target.value)}
            error={fieldError('settings.networkGroupSize.min')}
          />
          <Textfield
            id={fieldId('settings', 'settings.networkGroupSize.max')}
            label={labels['settings.networkGroupSize.max']}
            description={t('web.mentoring.settings.groupHelp')}
            inputMode="numeric"
            value={max}
            onChange={(e) => setMax(e.target.value)}
            error={fieldError('settings.networkGroupSize.max')}
          />
          <Textfield
            id={fieldId('settings', 'settings.behindScheduleThresholdPercent')}
            label={labels['settings.behindScheduleThresholdPercent']}
            description={t('web.mentoring.settings.thresholdHelp')}
            inputMode="numeric"
            suffix="%"
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            error={fieldError('settings.behindScheduleThresholdPercent')}
          />
          <Checkbox
            className="form__wide"
            id={fieldId('settings', 'settings.nudges.enabled')}
            label={t('web.mentoring.settings.nudgesOn')}
            description={t('web.mentoring.settings.nudgesHelp')}
            checked={nudgesOn}
            onChange={(e) => setNudgesOn(e.target.checked)}
          />
          <Textfield
            id={fieldId('settings', 'settings.nudges.mentorAfterDays')}
            label={labels['settings.nudges.mentorAfterDays']}
            inputMode="numeric"
            suffix={t('web.mentoring.settings.days')}
            value={mentorDays}
            disabled={!nudgesOn}
            onChange={(e) => setMentorDays(e.target.value)}
            error={fieldError('settings.nudges.mentorAfterDays')}
          />
          <Textfield
            id={fieldId('settings', 'settings.nudges.leaderAfterDays')}
            label={labels['settings.nudges.leaderAfterDays']}
            inputMode="numeric"
            suffix={t('web.mentoring.settings.days')}
            value={leaderDays}
            disabled={!nudgesOn}
            onChange={(e) => setLeaderDays(e.target.value)}
            error={fieldError('settings.nudges.leaderAfterDays')}
          />
        </div>
      )}
    </SettingsForm>
  );
}
