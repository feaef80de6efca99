import type { calendarNb } from './calendar.nb.ts';

export const calendarEn: Record<keyof typeof calendarNb, string> = {
  'calendar.feed.name': 'Tillit',
  'calendar.feed.session.summary': 'Mentoring with {name}',
  'calendar.feed.session.summaryCancelled': 'Cancelled: mentoring with {name}',
  'calendar.feed.session.planned':
    'Planned mentoring session, {minutes} minutes. You agree on the time yourselves.\n\nLog the session in Tillit: {link}',
  'calendar.feed.session.moved': 'Mentoring session, {minutes} minutes, moved from {from}.\n\n{link}',
  'calendar.feed.session.held': 'Mentoring session held, {minutes} minutes.\n\n{link}',
  'calendar.feed.session.cancelled': 'The mentoring session on {from} is cancelled.\n\n{link}',
  'calendar.mail.session.subject': 'Reminder: mentoring with {name} tomorrow',
  'calendar.mail.session.body':
    'Hi {givenName},\n\nTomorrow, {date}, you have a mentoring session with {name} ({minutes} minutes).\n\nSee the sessions here: {link}\n\nIf you do not want these reminders, you can turn them off here: {settings}\n\nTillit',
  'calendar.mail.digest.subject': 'Your mentoring week starting {date}',
  'calendar.mail.digest.body':
    'Hi {givenName},\n\nSessions this week:\n{thisWeek}\n\nPlanned sessions not yet logged:\n{notLogged}\n\nNQTs behind the plan:\n{behind}\n\nLog sessions and see the plan here: {link}\n\nIf you do not want this summary, you can turn it off here: {settings}\n\nTillit',
  'calendar.mail.digest.session': '- {date}: {name} ({minutes} minutes)',
  'calendar.mail.digest.none': '- none',
  'calendar.nav': 'Calendar',
  'calendar.page.title': 'Calendar and reminders',
  'calendar.page.lead':
    'Get your mentoring sessions into the calendar you already use, and choose which reminders you want by e-mail.',
  'calendar.feed.heading': 'Calendar link',
  'calendar.feed.explain':
    'The calendar link is a secret address your calendar fetches the sessions from. Sessions show as all-day events because Tillit knows only their date, not the time. Your calendar updates by itself, usually a few times a day. Private notes are never included.',
  'calendar.feed.none': 'You have no calendar link yet.',
  'calendar.feed.exists':
    'You have a calendar link, made on {date}. For your security it is shown only when it is made.',
  'calendar.feed.create': 'Make a calendar link',
  'calendar.feed.renew': 'Make a new link',
  'calendar.feed.renewHelp': 'A new link makes the old one stop working. You then add the new one to your calendar.',
  'calendar.feed.revoke': 'Turn off the link',
  'calendar.feed.revoked': 'The calendar link is turned off. Your calendar fetches nothing more from Tillit.',
  'calendar.feed.created': 'Here is your new calendar link. Copy it now: it will not be shown again.',
  'calendar.feed.url': 'Your calendar link',
  'calendar.feed.urlHelp': 'Keep it to yourself: anyone with the link can see your sessions.',
  'calendar.feed.copy': 'Copy the link',
  'calendar.feed.copied': 'The link is copied.',
  'calendar.feed.open': 'Open in the Calendar app (iPhone, iPad and Mac)',
  'calendar.howto.heading': 'How to subscribe',
  'calendar.howto.outlook':
    'Outlook: Go to Calendar, choose “Add calendar” and “Subscribe from web”, paste the link and save.',
  'calendar.howto.google':
    'Google Calendar (on a computer): Choose + next to “Other calendars”, then “From URL”, paste the link and choose “Add calendar”.',
  'calendar.howto.iphone':
    'iPhone and iPad: Tap “Open in the Calendar app” above, or go to Settings › Calendar › Accounts › Add Account › Other › Add Subscribed Calendar and paste the link.',
  'calendar.reminders.heading': 'Reminders by e-mail',
  'calendar.reminders.legend': 'Which reminders do you want?',
  'calendar.reminders.session': 'A reminder the day before a mentoring session (sent at 16:00)',
  'calendar.reminders.digest':
    'A weekly summary for mentors on Monday morning: the week’s sessions, sessions not logged and who is behind',
  'calendar.reminders.save': 'Save reminders',
  'calendar.reminders.saved': 'Your reminder choices are saved.',
};
