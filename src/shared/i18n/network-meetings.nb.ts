/** Network meetings (nettverkssamlinger) and social meetups: pages, mails, calendar items and errors. */
export const networkMeetingsNb = {
  'errors.MEETING_CANCELLED': 'Samlingen er avlyst og kan ikke endres.',
  'errors.NOT_A_GROUP_MEMBER': 'Noen av personene er ikke med i denne nettverksgruppen.',
  'errors.MEETUP_FOR_NQTS': 'Sosiale treff er bare for nyutdannede i veiledningsordningen.',
  'errors.MEETUP_FULL': 'Treffet er fullt.',
  'errors.MEETUP_CLOSED': 'Påmeldingen er stengt: treffet er avlyst eller har begynt.',
  'validation.time': 'Skriv klokkeslett som TT:MM, for eksempel 09:00.',
  'validation.timeOrder': 'Slutt må være etter start.',
  'networkMeetings.validation.outsideYear': '{date} er utenfor skoleåret ({firstDay}–{lastDay}).',

  'networkMeetings.feed.summary': 'Nettverk: {title} ({group})',
  'networkMeetings.feed.summaryCancelled': 'Avlyst: {title} ({group})',
  'networkMeetings.feed.description':
    'Nettverkssamling i {group}: {title}.\nSamlingsledere: {facilitators}\n\n{description}\n\nSe samlingen i Tillit: {link}',
  'networkMeetings.feed.meetupCancelled': 'Avlyst: {title}',
  'networkMeetings.feed.meetupDescription': 'Sosialt treff for nyutdannede.\n\n{description}\n\n{link}',
  'networkMeetings.plan.title': '{title} ({group})',

  'networkMeetings.mail.invite.subject': 'Invitasjon: {title} {date}',
  'networkMeetings.mail.invite.body':
    'Hei {givenName}!\n\nDu er invitert til nettverkssamling i {group}.\n\nTema: {title}\nTid: {date} kl. {start}–{end}\nSted: {place}\nSamlingsledere: {facilitators}\n\nKalenderfilen i e-posten legger samlingen inn i kalenderen din. Se samlingen og stoffet til den her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.changed.subject': 'Endret: {title} {date}',
  'networkMeetings.mail.changed.body':
    'Hei {givenName}!\n\nNettverkssamlingen i {group} er endret.\n\nTema: {title}\nTid: {date} kl. {start}–{end}\nSted: {place}\n\nKalenderfilen i e-posten oppdaterer avtalen i kalenderen din. Se samlingen her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.cancelled.subject': 'Avlyst: {title} {date}',
  'networkMeetings.mail.cancelled.body':
    'Hei {givenName}!\n\nNettverkssamlingen i {group} {date} kl. {start} er avlyst.\n\nKalenderfilen i e-posten fjerner avtalen fra kalenderen din. Se de andre samlingene her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.reminder.subject': 'Påminnelse: {title} i morgen kl. {start}',
  'networkMeetings.mail.reminder.body':
    'Hei {givenName}!\n\nI morgen kl. {start}–{end} er det nettverkssamling i {group}: {title}.\nSted: {place}\n\nSe samlingen og stoffet til den her: {link}\n\nVil du ikke ha slike påminnelser, kan du slå dem av her: {settings}\n\nHilsen Tillit',
  'networkMeetings.mail.meetup.invite.subject': 'Sosialt treff: {title} {date}',
  'networkMeetings.mail.meetup.invite.body':
    'Hei {givenName}!\n\nVelkommen til sosialt treff for nyutdannede: {title}.\n\nTid: {date} kl. {start}–{end}\nSted: {place}\n\nMeld deg på her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.meetup.changed.subject': 'Endret: {title} {date}',
  'networkMeetings.mail.meetup.changed.body':
    'Hei {givenName}!\n\nDet sosiale treffet {title} er endret.\n\nTid: {date} kl. {start}–{end}\nSted: {place}\n\nSe treffet her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.meetup.cancelled.subject': 'Avlyst: {title} {date}',
  'networkMeetings.mail.meetup.cancelled.body':
    'Hei {givenName}!\n\nDet sosiale treffet {title} {date} er avlyst.\n\nSe andre treff her: {link}\n\nHilsen Tillit',
  'networkMeetings.mail.meetup.reminder.subject': 'Påminnelse: {title} i morgen kl. {start}',
  'networkMeetings.mail.meetup.reminder.body':
    'Hei {givenName}!\n\nI morgen kl. {start}–{end} er det sosialt treff: {title}.\nSted: {place}\n\nKan du ikke komme likevel, kan du melde deg av her: {link}\n\nVil du ikke ha slike påminnelser, kan du slå dem av her: {settings}\n\nHilsen Tillit',
} as const;
