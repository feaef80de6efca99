import type { calendarNb } from './calendar.nb.ts';

export const calendarNn: Record<keyof typeof calendarNb, string> = {
  'calendar.feed.name': 'Tillit',
  'calendar.feed.session.summary': 'Rettleiing med {name}',
  'calendar.feed.session.summaryCancelled': 'Avlyst: rettleiing med {name}',
  'calendar.feed.session.planned':
    'Planlagd rettleiingssamtale, {minutes} minutt. Klokkeslett avtaler de sjølve.\n\nFør samtalen i Tillit: {link}',
  'calendar.feed.session.moved': 'Rettleiingssamtale, {minutes} minutt, flytt frå {from}.\n\n{link}',
  'calendar.feed.session.held': 'Gjennomført rettleiingssamtale, {minutes} minutt.\n\n{link}',
  'calendar.feed.session.cancelled': 'Rettleiingssamtalen {from} er avlyst.\n\n{link}',
  'calendar.mail.session.subject': 'Påminning: rettleiing med {name} i morgon',
  'calendar.mail.session.body':
    'Hei {givenName}!\n\nI morgon, {date}, har du rettleiingssamtale med {name} ({minutes} minutt).\n\nSjå samtalane her: {link}\n\nVil du ikkje ha slike påminningar, kan du slå dei av her: {settings}\n\nHelsing Tillit',
  'calendar.mail.digest.subject': 'Rettleiingsveka som startar {date}',
  'calendar.mail.digest.body':
    'Hei {givenName}!\n\nSamtalar denne veka:\n{thisWeek}\n\nPlanlagde samtalar som ikkje er førte:\n{notLogged}\n\nNyutdanna som ligg etter planen:\n{behind}\n\nFør samtalar og sjå planen her: {link}\n\nVil du ikkje ha denne oversikta, kan du slå henne av her: {settings}\n\nHelsing Tillit',
  'calendar.mail.digest.session': '- {date}: {name} ({minutes} minutt)',
  'calendar.mail.digest.none': '- ingen',
  'calendar.nav': 'Kalender',
  'calendar.page.title': 'Kalender og påminningar',
  'calendar.page.lead':
    'Få rettleiingssamtalane dine inn i kalenderen du brukar frå før, og vel kva påminningar du vil ha på e-post.',
  'calendar.feed.heading': 'Kalenderlenkje',
  'calendar.feed.explain':
    'Kalenderlenkja er ei hemmeleg adresse som kalenderen din hentar samtalane frå. Samtalane blir viste som heildagsavtalar fordi Tillit berre kjenner datoen, ikkje klokkeslettet. Kalenderen oppdaterer seg sjølv, vanlegvis nokre gonger i døgnet. Private notat kjem aldri med.',
  'calendar.feed.none': 'Du har inga kalenderlenkje enno.',
  'calendar.feed.exists':
    'Du har ei kalenderlenkje, laga {date}. Av omsyn til tryggleiken blir ho berre vist når ho blir laga.',
  'calendar.feed.create': 'Lag kalenderlenkje',
  'calendar.feed.renew': 'Lag ny lenkje',
  'calendar.feed.renewHelp': 'Ei ny lenkje gjer den gamle ugyldig. Då må du leggje inn den nye i kalenderen.',
  'calendar.feed.revoke': 'Slå av lenkja',
  'calendar.feed.revoked': 'Kalenderlenkja er slått av. Kalenderen din hentar ikkje fleire samtalar frå Tillit.',
  'calendar.feed.created': 'Her er den nye kalenderlenkja. Kopier henne no: ho blir ikkje vist igjen.',
  'calendar.feed.url': 'Kalenderlenkja di',
  'calendar.feed.urlHelp': 'Hald henne for deg sjølv: alle som har lenkja, kan sjå samtalane dine.',
  'calendar.feed.copy': 'Kopier lenkja',
  'calendar.feed.copied': 'Lenkja er kopiert.',
  'calendar.feed.open': 'Opne i kalenderappen (iPhone, iPad og Mac)',
  'calendar.howto.heading': 'Slik abonnerer du',
  'calendar.howto.outlook':
    'Outlook: Gå til Kalender, vel «Legg til kalender» og «Abonner frå nettet», lim inn lenkja og lagre.',
  'calendar.howto.google':
    'Google Kalender (på datamaskin): Vel + ved «Andre kalendere», så «Frå nettadresse», lim inn lenkja og vel «Legg til kalender».',
  'calendar.howto.iphone':
    'iPhone og iPad: Trykk på «Opne i kalenderappen» over, eller gå til Innstillingar › Kalender › Kontoar › Legg til konto › Anna › Legg til abonnert kalender og lim inn lenkja.',
  'calendar.reminders.heading': 'Påminningar på e-post',
  'calendar.reminders.legend': 'Kva påminningar vil du ha?',
  'calendar.reminders.session': 'Påminning dagen før ein rettleiingssamtale (blir send kl. 16)',
  'calendar.reminders.digest':
    'Vekeoversikt for rettleiarar måndag morgon: samtalane i veka, samtalar som ikkje er førte og kven som ligg etter',
  'calendar.reminders.save': 'Lagre påminningar',
  'calendar.reminders.saved': 'Vala for påminningar er lagra.',
};
