import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type MyMeetings as MyMeetingsData,
  type MyMeetups,
  meetingRoutes,
  myMeetingsPath,
  myMeetupsPath,
} from '../api.ts';
import { CancelledTag, MeetingWhen, meetingName } from './meeting-bits.tsx';
import { MeetingDetails } from './meeting-details.tsx';
import '../network-meetings.css';

/**
 * On "Mitt nettverk": the next meetings of the member's groups (place, time, theme, materials), the
 * ones they lead linked to attendance, and the past ones with their own attendance; a link to the
 * social meetups for NQTs.
 */
export function MyMeetings() {
  const { t } = useI18n();
  const loaded = useApiGet<MyMeetingsData>(myMeetingsPath);
  const meetups = useApiGet<MyMeetups>(myMeetupsPath);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const now = Date.now();
  const coming = loaded.data.meetings.filter((m) => Date.parse(m.endsAt) > now);
  const past = loaded.data.meetings.filter((m) => Date.parse(m.endsAt) <= now && !m.cancelled).reverse();
  return (
    <>
      <section className="section" aria-labelledby="my-meetings">
        <Heading level={2} data-size="sm" id="my-meetings">
          {t('networkMeetings.web.mine.next')}
        </Heading>
        {coming.length === 0 ? <Paragraph>{t('networkMeetings.web.mine.none')}</Paragraph> : null}
        {coming.map((m) => (
          <article key={m.id} className="meeting-card" aria-labelledby={`my-meeting-${m.id}`}>
            <Heading level={3} data-size="xs" id={`my-meeting-${m.id}`}>
              {meetingName(t, m)} <CancelledTag cancelled={m.cancelled} />
            </Heading>
            <MeetingDetails meeting={m} />
            {m.facilitating ? (
              <AppLink to={meetingRoutes.meeting(m.ownerId, m.id)}>
                {t('networkMeetings.web.mine.takeAttendance', { title: meetingName(t, m) })}
              </AppLink>
            ) : null}
          </article>
        ))}
        {meetups.data && meetups.data.meetups.length > 0 ? (
          <Paragraph>
            <AppLink to={meetingRoutes.myMeetups}>{t('networkMeetings.web.mine.meetups')}</AppLink>
          </Paragraph>
        ) : null}
      </section>
      {past.length ? (
        <section className="section" aria-labelledby="my-past-meetings">
          <Heading level={2} data-size="sm" id="my-past-meetings">
            {t('networkMeetings.web.mine.past')}
          </Heading>
          <ul>
            {past.map((m) => (
              <li key={m.id}>
                <MeetingWhen meeting={m} />: {meetingName(t, m)} ({m.groupName})
                {m.facilitating ? (
                  <>
                    {' – '}
                    <AppLink to={meetingRoutes.meeting(m.ownerId, m.id)}>
                      {t('networkMeetings.web.mine.attendanceLink')}
                    </AppLink>
                  </>
                ) : m.myAttendance ? (
                  ` – ${t(`networkMeetings.web.attendance.${m.myAttendance}`)}`
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
