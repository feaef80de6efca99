import type { CalendarSettings, CreatedFeed, ReminderChoices } from '../../../shared/schemas/calendar.ts';
import { api } from '../../lib/api.ts';

export type { CalendarSettings, CreatedFeed, ReminderChoices };

export const calendarSettingsPath = '/api/me/calendar';
export const createFeed = () => api.post<CreatedFeed>('/api/me/calendar/feed');
export const revokeFeed = () => api.delete<CalendarSettings>('/api/me/calendar/feed');
export const saveReminders = (choices: ReminderChoices) =>
  api.put<CalendarSettings>('/api/me/calendar/reminders', choices);
