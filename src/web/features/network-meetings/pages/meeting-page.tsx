import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ATTENDANCE_STATUSES, type MeetingPatch } from '../../../../shared/schemas/network-meetings.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { networkRoutes } from '../../networks/api.ts';
import type { ResourceList } from '../../resources/api.ts';
import {
  type AttendanceStatus,
  cancelMeeting,
  editMeeting,
  type MeetingDetail,
  type MeetingList,
  meetingPath,
  meetingRoutes,
  meetingsPath,
  takeAttendance,
} from '../api.ts';
import { CancelledTag, meetingName } from '../components/meeting-bits.tsx';
import { MeetingDetails } from '../components/meeting-details.tsx';
import { type Choice, MeetingForm } from '../components/meeting-form.tsx';
import '../network-meetings.css';

/** Attendance taken in the meeting: one row per member, a tap on a status saves it at once. */
function Attendance({ meeting, onChange }: { meeting: MeetingDetail; onChange: (next: MeetingDetail) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  async function mark(personId: string, name: string, next: AttendanceStatus) {
    setBusy(personId);
    try {
      onChange(await takeAttendance(meeting.ownerId, meeting.id, personId, next));
      setStatus(
        t('networkMeetings.web.attendance.saved', { name, status: t(`networkMeetings.web.attendance.${next}`) }),
      );
    } catch (err) {
      setStatus(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }
  return (
    <section className="section" aria-labelledby="attendance">
      <Heading level={2} data-size="sm" id="attendance">
        {t('networkMeetings.web.attendance.title')}
      </Heading>
      <Paragraph data-size="sm">
        {t('networkMeetings.web.attendance.summary', {
          present: meeting.attendance.present,
          absent: meeting.attendance.absent,
          excused: meeting.attendance.excused,
          members: meeting.attendance.members,
        })}
      </Paragraph>
      <p className="visually-hidden" aria-live="polite" role="status">
        {status}
      </p>
      {meeting.members.length === 0 ? (
        <Paragraph>{t('networkMeetings.web.attendance.noMembers')}</Paragraph>
      ) : (
        <ul className="attendance-list">
          {meeting.members.map((m) => (
            <li key={m.personId}>
              <span id={`member-${m.personId}`}>
                <strong>{m.name}</strong>
                {m.unitName ? `, ${m.unitName}` : ''}
              </span>
              {meeting.canTakeAttendance ? (
                // biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, one per status
                <div className="attendance-buttons" role="group" aria-labelledby={`member-${m.personId}`}>
                  {ATTENDANCE_STATUSES.map((s) => (
                    <Button
                      key={s}
                      type="button"
                      data-size="sm"
                      variant={m.status === s ? 'primary' : 'secondary'}
                      aria-pressed={m.status === s}
                      disabled={busy === m.personId}
                      onClick={() => void mark(m.personId, m.name, s)}
                    >
                      {t(`networkMeetings.web.attendance.${s}`)}
                    </Button>
                  ))}
                </div>
              ) : (
                <span>: {m.status ? t(`networkMeetings.web.attendance.${m.status}`) : '–'}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The meeting's own choices first, then the others offered, each once. */
const unite = (own: Choice[], offered: Choice[]) => [...own, ...offered.filter((o) => !own.some((c) => c.id === o.id))];

/** One network meeting: what, when and where; attendance for facilitators and coordinators; changes for coordinators. */
export function MeetingPage() {
  const { t } = useI18n();
  const { ownerId = '', meetingId = '' } = useParams();
  const loaded = useApiGet<MeetingDetail>(meetingPath(ownerId, meetingId));
  const [saved, setSaved] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const meeting = loaded.data;
  // The choices for the change form (people who lead meetings, the bank), for the programme's managers only.
  const choices = useApiGet<MeetingList>(meeting?.canManage ? meetingsPath(ownerId, meeting.programmeId) : null);
  const bank = useApiGet<ResourceList>(meeting?.canManage ? `/api/owners/${ownerId}/resources?limit=200` : null);
  const title = meeting ? meetingName(t, meeting) : t('networkMeetings.web.meeting.title');
  const back = meeting?.canManage ? (
    <AppLink to={meetingRoutes.programme(meeting.programmeId)}>{t('networkMeetings.web.meeting.back')}</AppLink>
  ) : (
    <AppLink to={networkRoutes.mine}>{t('networkMeetings.web.meeting.backMine')}</AppLink>
  );
  return (
    <Page title={title} back={back} lead={meeting ? <CancelledTag cancelled={meeting.cancelled} /> : undefined}>
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !meeting ? (
        <Loading />
      ) : (
        <>
          <Saved message={saved} />
          <section className="meeting-card" aria-label={t('networkMeetings.web.meeting.details')}>
            <MeetingDetails meeting={meeting} />
          </section>
          <Attendance meeting={meeting} onChange={loaded.setData} />
          {meeting.canManage && !meeting.cancelled ? (
            <>
              <section className="section">
                <MeetingForm
                  form="meeting-edit"
                  title={t('networkMeetings.web.meeting.edit')}
                  facilitators={unite(
                    meeting.facilitators.map((f) => ({ id: f.personId, name: f.name })),
                    (choices.data?.facilitatorChoices ?? []).map((p) => ({ id: p.personId, name: p.name })),
                  )}
                  resources={unite(
                    meeting.materials.map((r) => ({ id: r.id, name: r.title })),
                    (bank.data?.items ?? []).map((r) => ({ id: r.id, name: r.title })),
                  )}
                  initial={{
                    theme: meeting.theme,
                    title: meeting.title,
                    description: meeting.description,
                    subGoals: meeting.subGoals,
                    place: meeting.place,
                    date: meeting.date,
                    startTime: meeting.startTime,
                    endTime: meeting.endTime,
                    facilitatorPersonIds: meeting.facilitators.map((f) => f.personId),
                    externalFacilitators: meeting.externalFacilitators,
                    resourceIds: meeting.materials.map((r) => r.id),
                  }}
                  submitLabel={t('networkMeetings.web.meeting.save')}
                  onSubmit={async ({ groupId: _, ...values }) => {
                    loaded.setData(await editMeeting(ownerId, meetingId, values as MeetingPatch));
                    setSaved(t('networkMeetings.web.meeting.saved'));
                  }}
                />
              </section>
              <section className="section" aria-labelledby="meeting-cancel">
                <Heading level={2} data-size="sm" id="meeting-cancel">
                  {t('networkMeetings.web.meeting.cancelTitle')}
                </Heading>
                <Paragraph data-size="sm">{t('networkMeetings.web.meeting.cancelHelp')}</Paragraph>
                {cancelError ? <Paragraph role="alert">{cancelError}</Paragraph> : null}
                <Button
                  variant="secondary"
                  data-color="danger"
                  onClick={() => {
                    if (!window.confirm(t('networkMeetings.web.meeting.cancelConfirm'))) return;
                    cancelMeeting(ownerId, meetingId)
                      .then((next) => {
                        loaded.setData(next);
                        setSaved(t('networkMeetings.web.meeting.cancelled'));
                      })
                      .catch((err: unknown) => setCancelError(errorMessage(err)));
                  }}
                >
                  {t('networkMeetings.web.meeting.cancel')}
                </Button>
              </section>
            </>
          ) : null}
        </>
      )}
    </Page>
  );
}
