import type { nudgesNb } from './nudges.nb.ts';

export const nudgesNn: Record<keyof typeof nudgesNb, string> = {
  'nudges.mail.mentor.subject': 'Rettleiinga av {nqt} ligg etter planen',
  'nudges.mail.mentor.body':
    'Hei {name}!\n\nRettleiinga av {nqt} ligg etter planen: {held} av {planned} planlagde minutt er haldne så langt i år ({percent} %, grensa er {threshold} %).\n\nHar de hatt samtalar som ikkje er førte? Før dei inn her: {link}\nEr det noko som står i vegen, snakk med leiaren din eller ressursteamet.\n\nDu får denne e-posten éin gong. Helsing Tillit',
  'nudges.mail.leader.subject': 'Rettleiinga av {nqt} ligg framleis etter planen',
  'nudges.mail.leader.body':
    'Hei {name}!\n\nRettleiinga av {nqt} ved {unit} ligg framleis etter planen: {held} av {planned} planlagde minutt er haldne så langt i år ({percent} %, grensa er {threshold} %). Rettleiaren, {mentor}, fekk beskjed {mentorNudgedOn}.\n\nSom leiar har du ansvar for at rettleiaren får tid til rettleiinga. Sjå eininga di her: {link}\n\nDu får denne e-posten éin gong. Helsing Tillit',
};
