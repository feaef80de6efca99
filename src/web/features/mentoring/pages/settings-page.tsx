import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { DEFAULT_HOLIDAY_NAMES } from '../../../../shared/rules/school-year.ts';
import { fieldId } from '../../../lib/form.tsx';
import { type Translate, useI18n } from '../../../lib/i18n.tsx';
import { updateProgramme } from '../api.ts';
import { type ProgrammeContext, ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';
import { CadenceForm, FollowUpForm, SettingsForm, type SettingsTarget } from '../components/settings-forms.tsx';

type DefaultHoliday = (typeof DEFAULT_HOLIDAY_NAMES)[number];
const isDefaultHoliday = (name: string): name is DefaultHoliday =>
  (DEFAULT_HOLIDAY_NAMES as readonly string[]).includes(name);

/** A holiday's name as shown: the defaults are codes, labelled per language; other names stand as typed. */
function holidayLabel(t: Translate, name: string): string {
  return isDefaultHoliday(name) ? t(`mentoring.holiday.${name}`) : name;
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

function CalendarForm({ ctx, target }: { ctx: ProgrammeContext; target: SettingsTarget }) {
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
      target={target}
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

/** The programme's settings: cadence, the school-year calendar, network groups and follow-up. */
export function SettingsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.mentoring.settings.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => {
        const target: SettingsTarget = {
          name: ctx.programme.name,
          settings: ctx.programme.settings,
          canManage: ctx.canManage,
          save: async (patch) => ctx.loaded.setData(await updateProgramme(ctx.owner.id, ctx.programme.id, patch)),
        };
        return (
          <ProgrammePage title={title} programme={ctx.programme}>
            {ctx.programme.regionId ? (
              <Alert data-color="info">
                <Paragraph>{t('regional.web.memberNotice')}</Paragraph>
              </Alert>
            ) : null}
            <CadenceForm target={target} />
            <CalendarForm ctx={ctx} target={target} />
            <FollowUpForm target={target} />
          </ProgrammePage>
        );
      }}
    </ProgrammeGate>
  );
}
