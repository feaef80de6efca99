/** Calendar feeds and reminders: the feed's items, the reminder e-mails and the /kalender page. */
export const calendarNb = {
  'calendar.feed.name': 'Tillit',
  'calendar.feed.session.summary': 'Veiledning med {name}',
  'calendar.feed.session.summaryCancelled': 'Avlyst: veiledning med {name}',
  'calendar.feed.session.planned':
    'Planlagt veiledningssamtale, {minutes} minutter. Klokkeslett avtaler dere selv.\n\nFør samtalen i Tillit: {link}',
  'calendar.feed.session.moved': 'Veiledningssamtale, {minutes} minutter, flyttet fra {from}.\n\n{link}',
  'calendar.feed.session.held': 'Gjennomført veiledningssamtale, {minutes} minutter.\n\n{link}',
  'calendar.feed.session.cancelled': 'Veiledningssamtalen {from} er avlyst.\n\n{link}',
  'calendar.mail.session.subject': 'Påminnelse: veiledning med {name} i morgen',
  'calendar.mail.session.body':
    'Hei {givenName}!\n\nI morgen, {date}, har du veiledningssamtale med {name} ({minutes} minutter).\n\nSe samtalene her: {link}\n\nVil du ikke ha slike påminnelser, kan du slå dem av her: {settings}\n\nHilsen Tillit',
  'calendar.mail.digest.subject': 'Veiledningsuka som starter {date}',
  'calendar.mail.digest.body':
    'Hei {givenName}!\n\nSamtaler denne uka:\n{thisWeek}\n\nPlanlagte samtaler som ikke er ført:\n{notLogged}\n\nNyutdannede som ligger etter planen:\n{behind}\n\nFør samtaler og se planen her: {link}\n\nVil du ikke ha denne oversikten, kan du slå den av her: {settings}\n\nHilsen Tillit',
  'calendar.mail.digest.session': '- {date}: {name} ({minutes} minutter)',
  'calendar.mail.digest.none': '- ingen',
  'calendar.nav': 'Kalender',
  'calendar.page.title': 'Kalender og påminnelser',
  'calendar.page.lead':
    'Få veiledningssamtalene dine inn i kalenderen du bruker fra før, og velg hvilke påminnelser du vil ha på e-post.',
  'calendar.feed.heading': 'Kalenderlenke',
  'calendar.feed.explain':
    'Kalenderlenken er en hemmelig adresse som kalenderen din henter samtalene fra. Samtalene vises som heldagsavtaler fordi Tillit bare kjenner datoen, ikke klokkeslettet. Kalenderen oppdateres av seg selv, vanligvis noen ganger i døgnet. Private notater kommer aldri med.',
  'calendar.feed.none': 'Du har ingen kalenderlenke ennå.',
  'calendar.feed.exists': 'Du har en kalenderlenke, laget {date}. Av sikkerhetshensyn vises den bare når den lages.',
  'calendar.feed.create': 'Lag kalenderlenke',
  'calendar.feed.renew': 'Lag ny lenke',
  'calendar.feed.renewHelp': 'En ny lenke gjør den gamle ugyldig. Da må du legge inn den nye i kalenderen.',
  'calendar.feed.revoke': 'Slå av lenken',
  'calendar.feed.revoked': 'Kalenderlenken er slått av. Kalenderen din henter ikke flere samtaler fra Tillit.',
  'calendar.feed.created': 'Her er den nye kalenderlenken. Kopier den nå: den vises ikke igjen.',
  'calendar.feed.url': 'Din kalenderlenke',
  'calendar.feed.urlHelp': 'Hold den for deg selv: alle som har lenken, kan se samtalene dine.',
  'calendar.feed.copy': 'Kopier lenken',
  'calendar.feed.copied': 'Lenken er kopiert.',
  'calendar.feed.open': 'Åpne i kalenderappen (iPhone, iPad og Mac)',
  'calendar.howto.heading': 'Slik abonnerer du',
  'calendar.howto.outlook':
    'Outlook: Gå til Kalender, velg «Legg til kalender» og «Abonner fra nettet», lim inn lenken og lagre.',
  'calendar.howto.google':
    'Google Kalender (på datamaskin): Velg + ved «Andre kalendere», så «Fra nettadresse», lim inn lenken og velg «Legg til kalender».',
  'calendar.howto.iphone':
    'iPhone og iPad: Trykk på «Åpne i kalenderappen» over, eller gå til Innstillinger › Kalender › Kontoer › Legg til konto › Annet › Legg til abonnert kalender og lim inn lenken.',
  'calendar.reminders.heading': 'Påminnelser på e-post',
  'calendar.reminders.legend': 'Hvilke påminnelser vil du ha?',
  'calendar.reminders.session': 'Påminnelse dagen før en veiledningssamtale (sendes kl. 16)',
  'calendar.reminders.digest':
    'Ukeoversikt for veiledere mandag morgen: ukas samtaler, samtaler som ikke er ført og hvem som ligger etter',
  'calendar.reminders.save': 'Lagre påminnelser',
  'calendar.reminders.saved': 'Valgene for påminnelser er lagret.',
} as const;
