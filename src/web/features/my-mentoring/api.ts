import type {
  LogSessionInput,
  MentorPairView,
  MyMentoring,
  NqtPairView,
  Session,
  SessionFormat,
  SessionPatch,
  SessionStatus,
} from '../../../shared/schemas/mentoring.ts';
import { api } from '../../lib/api.ts';

export { SUB_GOALS, type SubGoal } from '../../../shared/rules/sub-goals.ts';
export type { MyMentoring, SessionFormat, SessionStatus };
export type MentoringSession = Session;
export type MentorPair = MentorPairView;
export type NqtPair = NqtPairView;

/** Minutes go as typed when they are not a number, so the server's message says what is wrong. */
type AsTyped<T> = Omit<T, 'minutes'> & { minutes: number | string | null };
export type LogSessionBody = AsTyped<LogSessionInput>;
export type SessionPatchBody =
  | Exclude<SessionPatch, { minutes: number }>
  | AsTyped<Extract<SessionPatch, { minutes: number }>>;

export const myMentoringPath = '/api/me/mentoring';
export const sessionsPath = (pairId: string) => `${myMentoringPath}/pairs/${pairId}/sessions`;

export const logSession = (pairId: string, input: LogSessionBody) =>
  api.post<MentoringSession>(sessionsPath(pairId), input);

export const updateSession = (pairId: string, sessionId: string, patch: SessionPatchBody) =>
  api.patch<MentoringSession>(`${sessionsPath(pairId)}/${encodeURIComponent(sessionId)}`, patch);

export const confirmSession = (pairId: string, sessionId: string) =>
  api.post<MentoringSession>(`${sessionsPath(pairId)}/${encodeURIComponent(sessionId)}/confirm`);

/** The web routes, in one place so links and the router agree. */
export const myMentoringRoutes = {
  mentor: '/mine-nyutdannede',
  pair: (pairId: string) => `/mine-nyutdannede/${pairId}`,
  nqt: '/min-veiledning',
};

/** A calendar day in Norway, whatever the device's clock zone. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/** The day a session is (or was) on: a moved one on its new day. */
export const effectiveDate = (s: MentoringSession) => s.movedTo ?? s.date;

/** Still to be held: planned, or moved to another day (and not held or cancelled since). */
export const isOpen = (s: MentoringSession) => s.status === 'planned' || s.status === 'moved';

/** Newest first: the history reads from what happened last. */
export function newestFirst(sessions: MentoringSession[]): MentoringSession[] {
  return [...sessions].sort((a, b) => effectiveDate(b).localeCompare(effectiveDate(a)) || b.id.localeCompare(a.id));
}
