import type { networkMeetingsNb } from './network-meetings.nb.ts';

export const networkMeetingsEn: Record<keyof typeof networkMeetingsNb, string> = {
  'errors.MEETING_CANCELLED': 'The meeting is cancelled and cannot be changed.',
  'errors.NOT_A_GROUP_MEMBER': 'Some of these people are not in this network group.',
  'errors.MEETUP_FOR_NQTS': 'Social meetups are only for newly qualified teachers in the programme.',
  'errors.MEETUP_FULL': 'The meetup is full.',
  'errors.MEETUP_CLOSED': 'Sign-up is closed: the meetup is cancelled or has started.',
  'validation.time': 'Write the time as HH:MM, for example 09:00.',
  'validation.timeOrder': 'The end must be after the start.',
  'networkMeetings.validation.outsideYear': '{date} is outside the school year ({firstDay}–{lastDay}).',

  'networkMeetings.feed.summary': 'Network: {title} ({group})',
  'networkMeetings.feed.summaryCancelled': 'Cancelled: {title} ({group})',
  'networkMeetings.feed.description':
    'Network meeting of {group}: {title}.\nFacilitators: {facilitators}\n\n{description}\n\nSee the meeting in Tillit: {link}',
  'networkMeetings.feed.meetupCancelled': 'Cancelled: {title}',
  'networkMeetings.feed.meetupDescription': 'Social meetup for newly qualified teachers.\n\n{description}\n\n{link}',
  'networkMeetings.plan.title': '{title} ({group})',

  'networkMeetings.mail.invite.subject': 'Invitation: {title} {date}',
  'networkMeetings.mail.invite.body':
    'Hello {givenName}!\n\nYou are invited to a network meeting of {group}.\n\nTheme: {title}\nTime: {date} {start}–{end}\nPlace: {place}\nFacilitators: {facilitators}\n\nThe calendar file in this e-mail adds the meeting to your calendar. See the meeting and its materials here: {link}\n\nTillit',
  'networkMeetings.mail.changed.subject': 'Changed: {title} {date}',
  'networkMeetings.mail.changed.body':
    'Hello {givenName}!\n\nThe network meeting of {group} has changed.\n\nTheme: {title}\nTime: {date} {start}–{end}\nPlace: {place}\n\nThe calendar file in this e-mail updates the event in your calendar. See the meeting here: {link}\n\nTillit',
  'networkMeetings.mail.cancelled.subject': 'Cancelled: {title} {date}',
  'networkMeetings.mail.cancelled.body':
    'Hello {givenName}!\n\nThe network meeting of {group} on {date} at {start} is cancelled.\n\nThe calendar file in this e-mail removes the event from your calendar. See the other meetings here: {link}\n\nTillit',
  'networkMeetings.mail.reminder.subject': 'Reminder: {title} tomorrow at {start}',
  'networkMeetings.mail.reminder.body':
    'Hello {givenName}!\n\nTomorrow {start}–{end} there is a network meeting of {group}: {title}.\nPlace: {place}\n\nSee the meeting and its materials here: {link}\n\nTo stop these reminders, turn them off here: {settings}\n\nTillit',
  'networkMeetings.mail.meetup.invite.subject': 'Social meetup: {title} {date}',
  'networkMeetings.mail.meetup.invite.body':
    'Hello {givenName}!\n\nWelcome to a social meetup for newly qualified teachers: {title}.\n\nTime: {date} {start}–{end}\nPlace: {place}\n\nSign up here: {link}\n\nTillit',
  'networkMeetings.mail.meetup.changed.subject': 'Changed: {title} {date}',
  'networkMeetings.mail.meetup.changed.body':
    'Hello {givenName}!\n\nThe social meetup {title} has changed.\n\nTime: {date} {start}–{end}\nPlace: {place}\n\nSee the meetup here: {link}\n\nTillit',
  'networkMeetings.mail.meetup.cancelled.subject': 'Cancelled: {title} {date}',
  'networkMeetings.mail.meetup.cancelled.body':
    'Hello {givenName}!\n\nThe social meetup {title} on {date} is cancelled.\n\nSee other meetups here: {link}\n\nTillit',
  'networkMeetings.mail.meetup.reminder.subject': 'Reminder: {title} tomorrow at {start}',
  'networkMeetings.mail.meetup.reminder.body':
    'Hello {givenName}!\n\nTomorrow {start}–{end} there is a social meetup: {title}.\nPlace: {place}\n\nIf you cannot come after all, withdraw here: {link}\n\nTillit',
};
