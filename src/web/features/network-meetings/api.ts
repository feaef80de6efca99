import type {
  AttendanceStatus,
  ManagedMeeting,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingList,
  MeetingPatch,
  Meetup,
  MeetupInput,
  MeetupList,
  MyMeetings,
  MyMeetups,
  SeriesInput,
} from '../../../shared/schemas/network-meetings.ts';
import { api } from '../../lib/api.ts';

export type {
  AttendanceStatus,
  ManagedMeeting,
  Meeting,
  MeetingDetail,
  MeetingList,
  MeetupList,
  MyMeetings,
  MyMeetups,
};

const programmeBase = (ownerId: string, programmeId: string) => `/api/owners/${ownerId}/programmes/${programmeId}`;

export const meetingsPath = (ownerId: string, programmeId: string) =>
  `${programmeBase(ownerId, programmeId)}/network-meetings`;
export const meetingPath = (ownerId: string, meetingId: string) =>
  `/api/owners/${ownerId}/network-meetings/${meetingId}`;
export const meetupsPath = (ownerId: string, programmeId: string) => `${programmeBase(ownerId, programmeId)}/meetups`;
export const myMeetingsPath = '/api/me/network-meetings';
export const myMeetupsPath = '/api/me/meetups';

export const meetingRoutes = {
  programme: (programmeId: string) => `/veiledning/${programmeId}/samlinger`,
  meetups: (programmeId: string) => `/veiledning/${programmeId}/treff`,
  meeting: (ownerId: string, meetingId: string) => `/samlinger/${ownerId}/${meetingId}`,
  myMeetups: '/treff',
};

export const planMeeting = (ownerId: string, programmeId: string, input: MeetingInput) =>
  api.post<Meeting>(meetingsPath(ownerId, programmeId), input);
export const planSeries = (ownerId: string, programmeId: string, input: SeriesInput) =>
  api.post<MeetingList>(`${meetingsPath(ownerId, programmeId)}/series`, input);
export const editMeeting = (ownerId: string, meetingId: string, patch: MeetingPatch) =>
  api.patch<MeetingDetail>(meetingPath(ownerId, meetingId), patch);
export const cancelMeeting = (ownerId: string, meetingId: string) =>
  api.post<MeetingDetail>(`${meetingPath(ownerId, meetingId)}/cancel`);
export const takeAttendance = (ownerId: string, meetingId: string, personId: string, status: AttendanceStatus) =>
  api.put<MeetingDetail>(`${meetingPath(ownerId, meetingId)}/attendance`, { entries: [{ personId, status }] });

export const publishMeetup = (ownerId: string, programmeId: string, input: MeetupInput) =>
  api.post<Meetup>(meetupsPath(ownerId, programmeId), input);
export const cancelMeetup = (ownerId: string, meetupId: string) =>
  api.post<Meetup>(`/api/owners/${ownerId}/meetups/${meetupId}/cancel`);
export const signUp = (meetupId: string) => api.put<null>(`/api/me/meetups/${meetupId}/signup`);
export const withdraw = (meetupId: string) => api.delete<null>(`/api/me/meetups/${meetupId}/signup`);

/** Lines of a text area as a list (empty lines dropped). */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
