import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type MyMeetups, myMeetupsPath, signUp, withdraw } from '../api.ts';
import { CancelledTag, MeetingWhen } from '../components/meeting-bits.tsx';
import '../network-meetings.css';

/** "Sosiale treff": the NQT's meetups, to sign up for or withdraw from. */
export function MyMeetupsPage() {
  const { t, locale } = useI18n();
  const loaded = useApiGet<MyMeetups>(myMeetupsPath);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  async function act(id: string, title: string, join: boolean) {
    setBusy(id);
    try {
      await (join ? signUp(id) : withdraw(id));
      setSaved(t(join ? 'networkMeetings.web.myMeetups.joined' : 'networkMeetings.web.myMeetups.left', { title }));
      loaded.reload();
    } catch (err) {
      setSaved(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }
  const now = Date.now();
  return (
    <Page title={t('networkMeetings.web.myMeetups.title')}>
      <Paragraph>{t('networkMeetings.web.myMeetups.intro')}</Paragraph>
      <Saved message={saved} />
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : loaded.data.meetups.length === 0 ? (
        <Paragraph>{t('networkMeetings.web.myMeetups.none')}</Paragraph>
      ) : (
        loaded.data.meetups.map((m) => {
          const open = !m.cancelled && Date.parse(m.startsAt) > now;
          const full = m.capacity !== null && m.signedUp >= m.capacity;
          return (
            <article key={m.id} className="meeting-card" aria-labelledby={`meetup-${m.id}`}>
              <Heading level={2} data-size="xs" id={`meetup-${m.id}`}>
                {m.title} <CancelledTag cancelled={m.cancelled} />
              </Heading>
              <Paragraph data-size="sm">
                <MeetingWhen meeting={m} />, {m.place}
              </Paragraph>
              {m.description ? <Paragraph data-size="sm">{m.description}</Paragraph> : null}
              <Paragraph data-size="sm">
                {m.mine
                  ? t('networkMeetings.web.myMeetups.youAreIn')
                  : m.capacity === null
                    ? t('networkMeetings.web.meetups.signedUp', { count: formatNumber(locale, m.signedUp) })
                    : t('networkMeetings.web.meetups.signedUpOf', {
                        count: formatNumber(locale, m.signedUp),
                        capacity: formatNumber(locale, m.capacity),
                      })}
              </Paragraph>
              {open ? (
                m.mine ? (
                  <Button variant="secondary" loading={busy === m.id} onClick={() => void act(m.id, m.title, false)}>
                    {t('networkMeetings.web.myMeetups.withdraw', { title: m.title })}
                  </Button>
                ) : full ? (
                  <Paragraph data-size="sm">{t('networkMeetings.web.myMeetups.full')}</Paragraph>
                ) : (
                  <Button loading={busy === m.id} onClick={() => void act(m.id, m.title, true)}>
                    {t('networkMeetings.web.myMeetups.signUp', { title: m.title })}
                  </Button>
                )
              ) : null}
            </article>
          );
        })
      )}
    </Page>
  );
}
