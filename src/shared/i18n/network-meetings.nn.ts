import type { networkMeetingsNb } from './network-meetings.nb.ts';

export const networkMeetingsNn: Record<keyof typeof networkMeetingsNb, string> = {
  'errors.MEETING_CANCELLED': 'Samlinga er avlyst og kan ikkje endrast.',
  'errors.NOT_A_GROUP_MEMBER': 'Nokre av personane er ikkje med i denne nettverksgruppa.',
  'errors.MEETUP_FOR_NQTS': 'Sosiale treff er berre for nyutdanna i rettleiingsordninga.',
  'errors.MEETUP_FULL': 'Treffet er fullt.',
  'errors.MEETUP_CLOSED': 'Påmeldinga er stengd: treffet er avlyst eller har byrja.',
  'validation.time': 'Skriv klokkeslett som TT:MM, til dømes 09:00.',
  'validation.timeOrder': 'Slutt må vere etter start.',
  'networkMeetings.validation.outsideYear': '{date} er utanfor skuleåret ({firstDay}–{lastDay}).',

  'networkMeetings.feed.summary': 'Nettverk: {title} ({group})',
  'networkMeetings.feed.summaryCancelled': 'Avlyst: {title} ({group})',
  'networkMeetings.feed.description':
    'Nettverkssamling i {group}: {title}.\nSamlingsleiarar: {facilitators}\n\n{description}\n\nSjå samlinga i Tillit: {link}',
  'networkMeetings.feed.meetupCancelled': 'Avlyst: {title}',
  'networkMeetings.feed.meetupDescription': 'Sosialt treff for nyutdanna.\n\n{description}\n\n{link}',
  'networkMeetings.plan.title': '{title} ({group})',

  'networkMeetings.mail.invite.subject': 'Invitasjon: {title} {date}',
  'networkMeetings.mail.invite.body':
    'Hei {givenName}!\n\nDu er invitert til nettverkssamling i {group}.\n\nTema: {title}\nTid: {date} kl. {start}–{end}\nStad: {place}\nSamlingsleiarar: {facilitators}\n\nKalenderfila i e-posten legg samlinga inn i kalenderen din. Sjå samlinga og stoffet til ho her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.changed.subject': 'Endra: {title} {date}',
  'networkMeetings.mail.changed.body':
    'Hei {givenName}!\n\nNettverkssamlinga i {group} er endra.\n\nTema: {title}\nTid: {date} kl. {start}–{end}\nStad: {place}\n\nKalenderfila i e-posten oppdaterer avtalen i kalenderen din. Sjå samlinga her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.cancelled.subject': 'Avlyst: {title} {date}',
  'networkMeetings.mail.cancelled.body':
    'Hei {givenName}!\n\nNettverkssamlinga i {group} {date} kl. {start} er avlyst.\n\nKalenderfila i e-posten fjernar avtalen frå kalenderen din. Sjå dei andre samlingane her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.reminder.subject': 'Påminning: {title} i morgon kl. {start}',
  'networkMeetings.mail.reminder.body':
    'Hei {givenName}!\n\nI morgon kl. {start}–{end} er det nettverkssamling i {group}: {title}.\nStad: {place}\n\nSjå samlinga og stoffet til ho her: {link}\n\nVil du ikkje ha slike påminningar, kan du slå dei av her: {settings}\n\nHelsing Tillit',
  'networkMeetings.mail.meetup.invite.subject': 'Sosialt treff: {title} {date}',
  'networkMeetings.mail.meetup.invite.body':
    'Hei {givenName}!\n\nVelkomen til sosialt treff for nyutdanna: {title}.\n\nTid: {date} kl. {start}–{end}\nStad: {place}\n\nMeld deg på her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.meetup.changed.subject': 'Endra: {title} {date}',
  'networkMeetings.mail.meetup.changed.body':
    'Hei {givenName}!\n\nDet sosiale treffet {title} er endra.\n\nTid: {date} kl. {start}–{end}\nStad: {place}\n\nSjå treffet her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.meetup.cancelled.subject': 'Avlyst: {title} {date}',
  'networkMeetings.mail.meetup.cancelled.body':
    'Hei {givenName}!\n\nDet sosiale treffet {title} {date} er avlyst.\n\nSjå andre treff her: {link}\n\nHelsing Tillit',
  'networkMeetings.mail.meetup.reminder.subject': 'Påminning: {title} i morgon kl. {start}',
  'networkMeetings.mail.meetup.reminder.body':
    'Hei {givenName}!\n\nI morgon kl. {start}–{end} er det sosialt treff: {title}.\nStad: {place}\n\nKan du ikkje kome likevel, kan du melde deg av her: {link}\n\nVil du ikkje ha slike påminningar, kan du slå dei av her: {settings}\n\nHelsing Tillit',
};
