import type { nudgesNb } from './nudges.nb.ts';

export const nudgesEn: Record<keyof typeof nudgesNb, string> = {
  'nudges.mail.mentor.subject': 'Mentoring of {nqt} is behind schedule',
  'nudges.mail.mentor.body':
    'Hello {name},\n\nMentoring of {nqt} is behind schedule: {held} of {planned} planned minutes have been held so far this year ({percent} %, the threshold is {threshold} %).\n\nHave you had sessions that are not logged? Log them here: {link}\nIf something stands in the way, talk to your unit leader or the resource team.\n\nYou get this e-mail once. Tillit',
  'nudges.mail.leader.subject': 'Mentoring of {nqt} is still behind schedule',
  'nudges.mail.leader.body':
    'Hello {name},\n\nMentoring of {nqt} at {unit} is still behind schedule: {held} of {planned} planned minutes have been held so far this year ({percent} %, the threshold is {threshold} %). The mentor, {mentor}, was told on {mentorNudgedOn}.\n\nAs the leader you make sure the mentor has time for mentoring. See your unit here: {link}\n\nYou get this e-mail once. Tillit',
};
