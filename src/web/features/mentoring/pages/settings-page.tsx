import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import { FREQUENCIES, type Frequency } from '../../../../shared/rules/cadence.ts';
import { DEFAULT_HOLIDAY_NAMES } from '../../../../shared/rules/school-year.ts';
import type { ProgrammePatch, ProgrammeSettings } from '../../../../shared/schemas/mentoring.ts';
import { FormProblems, fieldId, numberOrNull, numberText, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { type Locale, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { updateProgramme } from '../api.ts';
import { type ProgrammeContext, ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';

type DefaultHoliday = (typeof DEFAULT_HOLIDAY_NAMES)[number];
const isDefaultHoliday = (name: string): name is DefaultHoliday =>
  (DEFAULT_HOLIDAY_NAMES as readonly string[]).includes(name);

/** A holiday's name as shown: the defaults are codes, labelled per language; other names stand as typed. */
function holidayLabel(t: Translate, name: string): string {
  return isDefaultHoliday(name) ? t(`mentoring.holiday.${name}`) : name;
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
function SettingsForm({
  id,
  title,
  lead,
  ctx,
  labels,
  patch,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  ctx: ProgrammeContext;
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
      ctx.loaded.setData(await updateProgramme(ctx.owner.id, ctx.programme.id, patch()));
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
        <fieldset className="plain-fieldset" disabled={!ctx.canManage}>
          {children(fieldError)}
        </fieldset>
        <Saved message={message} />
        {ctx.canManage ? (
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

function CadenceForm({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const settings = ctx.programme.settings;
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
  const [weekday, setWeekday] = useState(String(settings.sessionWeekday));
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
      ctx={ctx}
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
          sessionWeekday: Number(weekday),
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

interface HolidayValues {
  /** Stable key for React while rows are added and removed. */
  key: number;
  /** The stored name (a default's code), kept when the shown label is left unchanged. */
  stored: string;
  name: string;
  from: string;
  to: string;
}

let nextKey = 1;

function CalendarForm({ ctx }: { ctx: ProgrammeContext }) {
  const { t } = useI18n();
  const { calendar } = ctx.programme.settings;
  const [firstDay, setFirstDay] = useState(calendar.firstDay);
  const [lastDay, setLastDay] = useState(calendar.lastDay);
  const [holidays, setHolidays] = useState<HolidayValues[]>(() =>
    calendar.holidays.map((h) => ({
      key: nextKey++,
      stored: h.name,
      name: holidayLabel(t, h.name),
      from: h.from,
      to: h.to,
    })),
  );
  const base = 'settings.calendar';
  const labels: Record<string, string> = {
    [`${base}.firstDay`]: t('web.mentoring.settings.firstDay'),
    [`${base}.lastDay`]: t('web.mentoring.settings.lastDay'),
    [`${base}.holidays`]: t('web.mentoring.settings.holidays'),
  };
  holidays.forEach((h, i) => {
    const which = h.name || t('web.mentoring.settings.holidayNumber', { number: i + 1 });
    labels[`${base}.holidays.${i}.name`] = `${which}: ${t('web.mentoring.settings.holidayName')}`;
    labels[`${base}.holidays.${i}.from`] = `${which}: ${t('web.mentoring.settings.from')}`;
    labels[`${base}.holidays.${i}.to`] = `${which}: ${t('web.mentoring.settings.to')}`;
  });
  const change = (key: number, values: Partial<HolidayValues>) =>
    setHolidays((prev) => prev.map((h) => (h.key === key ? { ...h, ...values } : h)));

  return (
    <SettingsForm
      id="settings-calendar"
      title={t('web.mentoring.settings.calendarTitle')}
      lead={t('web.mentoring.settings.calendarLead')}
      ctx={ctx}
      labels={labels}
      patch={() => ({
        settings: {
          calendar: {
            firstDay,
            lastDay,
            holidays: holidays.map((h) => ({
              // A default holiday keeps its code (so it reads right in every language) unless renamed.
              name: h.stored && h.name === holidayLabel(t, h.stored) ? h.stored : h.name.trim(),
              from: h.from,
              to: h.to,
            })),
          },
        },
      })}
    >
      {(fieldError) => (
        <div className="stack-lg">
          <div className="form__grid">
            <Textfield
              id={fieldId('settings', `${base}.firstDay`)}
              label={labels[`${base}.firstDay`]}
              type="date"
              value={firstDay}
              onChange={(e) => setFirstDay(e.target.value)}
              error={fieldError(`${base}.firstDay`)}
            />
            <Textfield
              id={fieldId('settings', `${base}.lastDay`)}
              label={labels[`${base}.lastDay`]}
              type="date"
              value={lastDay}
              onChange={(e) => setLastDay(e.target.value)}
              error={fieldError(`${base}.lastDay`)}
            />
          </div>
          <Heading level={3} data-size="xs">
            {t('web.mentoring.settings.holidays')}
          </Heading>
          {holidays.length === 0 ? <Paragraph>{t('web.mentoring.settings.noHolidays')}</Paragraph> : null}
          <ul className="holiday-list">
            {holidays.map((h, i) => {
              const p = `${base}.holidays.${i}`;
              const which = h.name || t('web.mentoring.settings.holidayNumber', { number: i + 1 });
              return (
                <li key={h.key} className="holiday-row">
                  <Textfield
                    id={fieldId('settings', `${p}.name`)}
                    label={t('web.mentoring.settings.holidayName')}
                    value={h.name}
                    onChange={(e) => change(h.key, { name: e.target.value })}
                    error={fieldError(`${p}.name`)}
                  />
                  <Textfield
                    id={fieldId('settings', `${p}.from`)}
                    label={t('web.mentoring.settings.from')}
                    type="date"
                    value={h.from}
                    onChange={(e) => change(h.key, { from: e.target.value })}
                    error={fieldError(`${p}.from`)}
                  />
                  <Textfield
                    id={fieldId('settings', `${p}.to`)}
                    label={t('web.mentoring.settings.to')}
                    type="date"
                    value={h.to}
                    onChange={(e) => change(h.key, { to: e.target.value })}
                    error={fieldError(`${p}.to`)}
                  />
                  {ctx.canManage ? (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      className="holiday-row__remove"
                      onClick={() => setHolidays((prev) => prev.filter((x) => x.key !== h.key))}
                    >
                      {t('web.mentoring.settings.removeHoliday')}
                      <span className="visually-hidden"> {which}</span>
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {ctx.canManage ? (
            <div>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() =>
                  setHolidays((prev) => [...prev, { key: nextKey++, stored: '', name: '', from: '', to: '' }])
                }
              >
                {t('web.mentoring.settings.addHoliday')}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </SettingsForm>
  );
}

function FollowUpForm({ ctx }: { ctx: ProgrammeContext }) {
  const { t } = useI18n();
  const { programme } = ctx;
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
      ctx={ctx}
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

/** The programme's settings: cadence, the school-year calendar, network groups and follow-up. */
export function SettingsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.mentoring.settings.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <CadenceForm ctx={ctx} />
          <CalendarForm ctx={ctx} />
          <FollowUpForm ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
