import type { Actor } from '../auth/actor.ts';
import { canManageProgrammes, canViewProgrammes } from '../mentoring/policy.ts';

/*
 * Who does what with network meetings. The programme's managers (coordinators, owner admins) plan,
 * change and cancel meetings and meetups; its viewers (analysts, region coordinators) see the lists.
 * A meeting's facilitators (people of the owner named on it, e.g. a teacher educator with a login)
 * see that meeting with its members and take attendance, nothing else. Members see their own groups'
 * meetings through /api/me, never the others' attendance. Only enrolled NQTs sign up for meetups.
 */

export interface MeetingRef {
  ownerId: string;
  facilitatorPersonIds: readonly string[];
}

export const isFacilitator = (actor: Actor, meeting: MeetingRef) =>
  actor.personId !== null && meeting.facilitatorPersonIds.includes(actor.personId);

/** May open the meeting with its members and their attendance. */
export const canSeeMeetingRoster = (actor: Actor, meeting: MeetingRef) =>
  canViewProgrammes(actor, meeting.ownerId) || isFacilitator(actor, meeting);

/** May record who came: the programme's managers and the meeting's own facilitators. */
export const canTakeAttendance = (actor: Actor, meeting: MeetingRef) =>
  canManageProgrammes(actor, meeting.ownerId) || isFacilitator(actor, meeting);
