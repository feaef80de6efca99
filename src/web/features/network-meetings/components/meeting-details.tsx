import type { Meeting } from '../../../../shared/schemas/network-meetings.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { MeetingWhen } from './meeting-bits.tsx';

/** What a member needs to know of a meeting: when, where, who leads it, the sub-goals and the materials. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const facilitators = [...meeting.facilitators.map((f) => f.name), ...meeting.externalFacilitators];
  return (
    <dl>
      <dt>{t('networkMeetings.web.column.when')}</dt>
      <dd>
        <MeetingWhen meeting={meeting} />
      </dd>
      <dt>{t('networkMeetings.web.column.place')}</dt>
      <dd>{meeting.place}</dd>
      <dt>{t('networkMeetings.web.column.group')}</dt>
      <dd>{meeting.groupName}</dd>
      <dt>{t('networkMeetings.web.column.theme')}</dt>
      <dd>{t(`resources.theme.${meeting.theme}`)}</dd>
      {facilitators.length ? (
        <>
          <dt>{t('networkMeetings.web.field.facilitators')}</dt>
          <dd>{facilitators.join(', ')}</dd>
        </>
      ) : null}
      {meeting.subGoals.length ? (
        <>
          <dt>{t('networkMeetings.web.field.subGoals')}</dt>
          <dd>{meeting.subGoals.map((g) => t(`mentoring.subGoal.${g}`)).join('; ')}</dd>
        </>
      ) : null}
      {meeting.materials.length ? (
        <>
          <dt>{t('networkMeetings.web.field.materials')}</dt>
          <dd>
            <ul className="meeting-materials">
              {meeting.materials.map((r) => (
                <li key={r.id}>
                  <AppLink to={`/ressurser/${r.id}`}>{r.title}</AppLink>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {meeting.description ? (
        <>
          <dt>{t('networkMeetings.web.field.description')}</dt>
          <dd className="meeting-description">{meeting.description}</dd>
        </>
      ) : null}
    </dl>
  );
}
