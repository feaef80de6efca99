import { Button, Checkbox, Fieldset, Heading, Link, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type CalendarSettings,
  type CreatedFeed,
  calendarSettingsPath,
  createFeed,
  revokeFeed,
  saveReminders,
} from '../api.ts';

/** /kalender: the user's own calendar feed (make, copy, renew, turn off) and their e-mail reminders. */
export function CalendarPage() {
  const { t } = useI18n();
  const settings = useApiGet<CalendarSettings>(calendarSettingsPath);
  return (
    <div className="narrow">
      <Page title={t('calendar.page.title')} lead={<Paragraph>{t('calendar.page.lead')}</Paragraph>}>
        {settings.error ? <LoadError error={settings.error} onRetry={settings.reload} /> : null}
        {!settings.data && !settings.error ? <Loading /> : null}
        {settings.data ? (
          <>
            <FeedSection settings={settings.data} onChange={settings.setData} reload={settings.reload} />
            <RemindersSection settings={settings.data} onChange={settings.setData} />
          </>
        ) : null}
      </Page>
    </div>
  );
}

function FeedSection({
  settings,
  onChange,
  reload,
}: {
  settings: CalendarSettings;
  onChange: (s: CalendarSettings) => void;
  reload: () => void;
}) {
  const { t, locale } = useI18n();
  const [created, setCreated] = useState<CreatedFeed | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function make() {
    setBusy(true);
    setProblem(null);
    setMessage(null);
    try {
      setCreated(await createFeed());
      reload();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    setBusy(true);
    setProblem(null);
    try {
      onChange(await revokeFeed());
      setCreated(null);
      setMessage(t('calendar.feed.revoked'));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setMessage(t('calendar.feed.copied'));
    } catch {
      // Without clipboard access the field is selected, so Ctrl+C / Cmd+C copies it.
      (document.getElementById('calendar-feed-url') as HTMLInputElement | null)?.select();
    }
  }

  return (
    <section className="section" aria-labelledby="calendar-feed-heading">
      <Heading level={2} data-size="sm" id="calendar-feed-heading">
        {t('calendar.feed.heading')}
      </Heading>
      <Paragraph>{t('calendar.feed.explain')}</Paragraph>
      <Saved message={message} />
      {problem ? <Paragraph role="alert">{problem}</Paragraph> : null}
      {created ? (
        <div className="form">
          <Paragraph>
            <strong>{t('calendar.feed.created')}</strong>
          </Paragraph>
          <Textfield
            id="calendar-feed-url"
            label={t('calendar.feed.url')}
            description={t('calendar.feed.urlHelp')}
            readOnly
            value={created.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="form__buttons">
            <Button variant="primary" onClick={() => void copy()}>
              {t('calendar.feed.copy')}
            </Button>
            <Link href={created.webcalUrl}>{t('calendar.feed.open')}</Link>
          </div>
        </div>
      ) : settings.feed ? (
        <Paragraph>{t('calendar.feed.exists', { date: formatDate(locale, settings.feed.createdAt) })}</Paragraph>
      ) : (
        <Paragraph>{t('calendar.feed.none')}</Paragraph>
      )}
      <div className="form__buttons">
        {settings.feed ? (
          <>
            <Button
              variant="secondary"
              loading={busy}
              onClick={() => void make()}
              aria-describedby="calendar-renew-help"
            >
              {t('calendar.feed.renew')}
            </Button>
            <Button variant="tertiary" data-color="danger" disabled={busy} onClick={() => void revoke()}>
              {t('calendar.feed.revoke')}
            </Button>
          </>
        ) : (
          <Button loading={busy} onClick={() => void make()}>
            {t('calendar.feed.create')}
          </Button>
        )}
      </div>
      {settings.feed ? (
        <Paragraph data-size="sm" id="calendar-renew-help">
          {t('calendar.feed.renewHelp')}
        </Paragraph>
      ) : null}
      <Heading level={3} data-size="xs">
        {t('calendar.howto.heading')}
      </Heading>
      <List.Unordered>
        <List.Item>{t('calendar.howto.outlook')}</List.Item>
        <List.Item>{t('calendar.howto.google')}</List.Item>
        <List.Item>{t('calendar.howto.iphone')}</List.Item>
      </List.Unordered>
    </section>
  );
}

function RemindersSection({
  settings,
  onChange,
}: {
  settings: CalendarSettings;
  onChange: (s: CalendarSettings) => void;
}) {
  const { t } = useI18n();
  const [choices, setChoices] = useState(settings.reminders);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setChoices(settings.reminders), [settings.reminders]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setProblem(null);
    try {
      onChange(await saveReminders(choices));
      setSaved(true);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="calendar-reminders-heading">
      <Heading level={2} data-size="sm" id="calendar-reminders-heading">
        {t('calendar.reminders.heading')}
      </Heading>
      <Saved message={saved ? t('calendar.reminders.saved') : null} />
      {problem ? <Paragraph role="alert">{problem}</Paragraph> : null}
      <form className="form" onSubmit={submit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('calendar.reminders.legend')}</Fieldset.Legend>
          <Checkbox
            id="reminders-session"
            label={t('calendar.reminders.session')}
            checked={choices.sessionReminders}
            onChange={(e) => setChoices({ ...choices, sessionReminders: e.target.checked })}
          />
          {settings.isMentor || !choices.weeklyDigest ? (
            <Checkbox
              id="reminders-digest"
              label={t('calendar.reminders.digest')}
              checked={choices.weeklyDigest}
              onChange={(e) => setChoices({ ...choices, weeklyDigest: e.target.checked })}
            />
          ) : null}
        </Fieldset>
        <div className="form__buttons">
          <Button type="submit" loading={busy}>
            {t('calendar.reminders.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
