import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { SURVEY_ROLES, type SurveyRole } from '../../../../shared/schemas/surveys.ts';
import { errorMessage } from '../../../lib/api.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import type { ProgrammeSummary } from '../../mentoring/api.ts';
import { programmesPath } from '../../mentoring/api.ts';
import {
  type AudiencePreview,
  closeSurvey,
  previewAudience,
  remindSurvey,
  type SurveyDetail,
  type SurveyNetworkGroup,
  sendSurvey,
  surveyNetworksPath,
  surveyRoutes,
} from '../api.ts';

/** The reminder rounds an author can pick, in days before closing. */
const REMINDER_CHOICES = [14, 7, 3, 1] as const;

const FORM = 'send';

/** A `datetime-local` value in the browser's time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
const toIso = (value: string) => (value ? new Date(value).toISOString() : '');

/** Audience, dates, send and remind; while answers come in, only counts (never who in anonymous mode). */
export function Distribution({
  ownerId,
  survey,
  onChanged,
}: {
  ownerId: string;
  survey: SurveyDetail;
  onChanged: (next: SurveyDetail) => void;
}) {
  const { t, locale } = useI18n();
  const programmes = useApiGet<{ items: ProgrammeSummary[] }>(programmesPath(ownerId));
  const networks = useApiGet<{ items: SurveyNetworkGroup[] }>(
    survey.abilities.manage ? surveyNetworksPath(ownerId) : null,
  );
  const [networkIds, setNetworkIds] = useState<string[]>(survey.audience?.networkIds ?? []);
  const [reminderDays, setReminderDays] = useState<number[]>(survey.reminderDays);
  const [roles, setRoles] = useState<SurveyRole[]>(survey.audience?.roles ?? ['nqt']);
  const [programmeId, setProgrammeId] = useState<string>(survey.audience?.programmeId ?? survey.programmeId ?? '');
  const [opensAt, setOpensAt] = useState(localInput(survey.opensAt ? new Date(survey.opensAt) : new Date()));
  const [closesAt, setClosesAt] = useState(
    localInput(survey.closesAt ? new Date(survey.closesAt) : new Date(Date.now() + 14 * 86_400_000)),
  );
  const [preview, setPreview] = useState<AudiencePreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'send' | 'remind' | 'close' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const networkChoices = (networks.data?.items ?? []).filter(
    (g) => !programmeId || g.programmeId === programmeId || networkIds.includes(g.id),
  );
  const audience = {
    roles,
    programmeId: programmeId || null,
    unitIds: [],
    networkIds: networkIds.filter((id) => networkChoices.some((g) => g.id === id)),
  };
  const canSend = survey.abilities.manage && survey.status !== 'closed';
  const labels: Record<string, string> = {
    'audience.roles': t('surveys.send.roles'),
    opensAt: t('surveys.send.opensAt'),
    closesAt: t('surveys.send.closesAt'),
    'audience.networkIds': t('surveys.send.networks'),
    reminderDays: t('surveys.send.reminders'),
  };

  async function run<T>(kind: NonNullable<typeof busy>, action: () => Promise<T>, done: (value: T) => void) {
    clear();
    setMessage(null);
    setActionError(null);
    setBusy(kind);
    try {
      done(await action());
    } catch (err) {
      if (kind === 'remind' || kind === 'close') setActionError(errorMessage(err));
      else fail(err);
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      'send',
      () =>
        sendSurvey(ownerId, survey.id, {
          audience,
          opensAt: toIso(opensAt),
          closesAt: toIso(closesAt),
          reminderDays,
        }),
      (result) => {
        onChanged(result.survey);
        setMessage(t('surveys.send.sent', { invited: formatNumber(locale, result.invited) }));
      },
    );
  }

  return (
    <div className="survey-distribution">
      <section className="section" aria-labelledby="send-status">
        <Heading level={3} data-size="xs" id="send-status">
          {t('surveys.send.status')}
        </Heading>
        <Paragraph>
          {t('surveys.send.counts', {
            answered: formatNumber(locale, survey.counts.answered),
            invited: formatNumber(locale, survey.counts.invited),
          })}
        </Paragraph>
        {survey.mode === 'anonymous' ? <Paragraph data-size="sm">{t('surveys.send.anonymousCounts')}</Paragraph> : null}
        {survey.lastRemindedAt ? (
          <Paragraph data-size="sm">
            {t('surveys.send.lastReminded', { date: formatDate(locale, survey.lastRemindedAt) })}
          </Paragraph>
        ) : null}
        {survey.reminderDays.length > 0 && survey.status !== 'closed' && survey.status !== 'draft' ? (
          <Paragraph data-size="sm">
            {t('surveys.send.reminderPlan', {
              days: survey.reminderDays.map((d) => formatNumber(locale, d)).join(', '),
            })}
          </Paragraph>
        ) : null}
        {actionError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{actionError}</Paragraph>
          </Alert>
        ) : null}
        <Saved message={message} />
        <div className="form__actions">
          {survey.abilities.manage && survey.status === 'open' ? (
            <Button
              variant="secondary"
              loading={busy === 'remind'}
              onClick={() =>
                void run(
                  'remind',
                  () => remindSurvey(ownerId, survey.id),
                  (r) => setMessage(t('surveys.send.reminded', { reminded: formatNumber(locale, r.reminded) })),
                )
              }
            >
              {t('surveys.send.remind')}
            </Button>
          ) : null}
          {survey.abilities.manage && (survey.status === 'open' || survey.status === 'scheduled') ? (
            <Button
              variant="secondary"
              data-color="danger"
              loading={busy === 'close'}
              onClick={() =>
                void run(
                  'close',
                  () => closeSurvey(ownerId, survey.id),
                  (next) => {
                    onChanged(next);
                    setMessage(t('surveys.send.closed'));
                  },
                )
              }
            >
              {t('surveys.send.close')}
            </Button>
          ) : null}
        </div>
        {survey.status === 'closed' ? (
          <Paragraph>
            <AppLink to={surveyRoutes.results(survey.id)}>{t('surveys.results.link')}</AppLink>
          </Paragraph>
        ) : (
          <Paragraph data-size="sm">{t('surveys.results.afterClose')}</Paragraph>
        )}
      </section>

      {canSend ? (
        <section className="section" aria-labelledby="send-audience">
          <form className="form" onSubmit={submit} noValidate>
            <Heading level={3} data-size="xs" id="send-audience">
              {t('surveys.send.audience')}
            </Heading>
            <FormProblems problem={problem} form={FORM} labels={labels} />
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('surveys.send.roles')}</Fieldset.Legend>
              {SURVEY_ROLES.map((role, i) => (
                <Checkbox
                  key={role}
                  {...(i === 0 ? { id: fieldId(FORM, 'audience.roles') } : {})}
                  value={role}
                  label={t(`surveys.send.role.${role}`)}
                  checked={roles.includes(role)}
                  onChange={(e) =>
                    setRoles((prev) => (e.target.checked ? [...prev, role] : prev.filter((r) => r !== role)))
                  }
                />
              ))}
              {fieldError('audience.roles') ? (
                <Paragraph data-size="sm" className="field-error">
                  {fieldError('audience.roles')}
                </Paragraph>
              ) : null}
            </Fieldset>
            <SelectField
              id={fieldId(FORM, 'audience.programmeId')}
              label={t('surveys.send.programme')}
              value={programmeId}
              onChange={(e) => setProgrammeId(e.target.value)}
            >
              <option value="">{t('surveys.send.allProgrammes')}</option>
              {programmes.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('surveys.send.networks')}</Fieldset.Legend>
              <Fieldset.Description>
                {networkChoices.length > 0 ? t('surveys.send.networksHelp') : t('surveys.send.networksNone')}
              </Fieldset.Description>
              {networkChoices.map((g, i) => (
                <Checkbox
                  key={g.id}
                  {...(i === 0 ? { id: fieldId(FORM, 'audience.networkIds') } : {})}
                  value={g.id}
                  label={t('surveys.send.networkOption', {
                    name: g.name,
                    kind: t(`surveys.send.networkKind.${g.kind}`),
                    members: formatNumber(locale, g.members),
                    programme: g.programmeName,
                  })}
                  checked={networkIds.includes(g.id)}
                  onChange={(e) =>
                    setNetworkIds((prev) => (e.target.checked ? [...prev, g.id] : prev.filter((id) => id !== g.id)))
                  }
                />
              ))}
            </Fieldset>
            <div className="survey-distribution__dates">
              <Textfield
                id={fieldId(FORM, 'opensAt')}
                type="datetime-local"
                label={t('surveys.send.opensAt')}
                value={opensAt}
                disabled={survey.status === 'open'}
                onChange={(e) => setOpensAt(e.target.value)}
                error={fieldError('opensAt')}
              />
              <Textfield
                id={fieldId(FORM, 'closesAt')}
                type="datetime-local"
                label={t('surveys.send.closesAt')}
                value={closesAt}
                onChange={(e) => setClosesAt(e.target.value)}
                error={fieldError('closesAt')}
              />
            </div>
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('surveys.send.reminders')}</Fieldset.Legend>
              <Fieldset.Description>{t('surveys.send.remindersHelp')}</Fieldset.Description>
              {REMINDER_CHOICES.map((days, i) => (
                <Checkbox
                  key={days}
                  {...(i === 0 ? { id: fieldId(FORM, 'reminderDays') } : {})}
                  value={String(days)}
                  label={
                    days === 1
                      ? t('surveys.send.reminderDayOne')
                      : t('surveys.send.reminderDay', { days: formatNumber(locale, days) })
                  }
                  checked={reminderDays.includes(days)}
                  onChange={(e) =>
                    setReminderDays((prev) =>
                      e.target.checked ? [...prev, days].sort((a, b) => b - a) : prev.filter((d) => d !== days),
                    )
                  }
                />
              ))}
              {fieldError('reminderDays') ? (
                <Paragraph data-size="sm" className="field-error">
                  {fieldError('reminderDays')}
                </Paragraph>
              ) : null}
            </Fieldset>
            {preview ? (
              <div aria-live="polite">
                <Paragraph>{t('surveys.send.previewResult', { total: formatNumber(locale, preview.total) })}</Paragraph>
                {preview.withoutEmail > 0 ? (
                  <Paragraph data-size="sm">
                    {t('surveys.send.withoutEmail', { count: formatNumber(locale, preview.withoutEmail) })}
                  </Paragraph>
                ) : null}
              </div>
            ) : null}
            <div className="form__actions">
              <Button
                variant="secondary"
                loading={busy === 'preview'}
                onClick={() => void run('preview', () => previewAudience(ownerId, survey.id, audience), setPreview)}
              >
                {t('surveys.send.preview')}
              </Button>
              <Button type="submit" loading={busy === 'send'}>
                {survey.status === 'draft' ? t('surveys.send.submit') : t('surveys.send.again')}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
