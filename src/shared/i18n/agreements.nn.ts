import type { agreementsNb } from './agreements.nb.ts';

/** Agreements: messages and default template text in nynorsk. */
export const agreementsNn: Record<keyof typeof agreementsNb, string> = {
  'errors.AGREEMENT_VERSION_CHANGED': 'Avtalen er endra sidan du las han. Les den nye versjonen og godta på nytt.',
  'errors.NOT_A_COORDINATOR': 'Den valde brukaren er ikkje koordinator for denne eigaren.',

  'agreements.title': 'Rettleiingsavtale',
  'agreements.subtitle': 'Gjensidig forpliktande rammer for rettleiing av nyutdanna',
  'agreements.programme': 'Rettleiingsordning',
  'agreements.version': 'Versjon {version}',
  'agreements.parties': 'Partar',
  'agreements.acceptances': 'Godkjenningar',
  'agreements.acceptedOn': '{name} ({party}) godtok versjon {version} den {date}',
  'agreements.noAcceptances': 'Ingen har godteke avtalen enno.',
  'agreements.signed': 'Signert: alle partar har godteke versjon {version}.',
  'agreements.pending': 'Ikkje signert. Manglar godkjenning frå: {parties}.',
  'agreements.notNamed': 'ikkje valt enno',
  'agreements.textHash': 'Kontrollsum for teksten (SHA-256): {hash}',
  'agreements.filename': 'rettleiingsavtale',
  'agreements.party.nqt': 'Nyutdanna',
  'agreements.party.mentor': 'Rettleiar',
  'agreements.party.unit_leader': 'Leiar ved eininga',
  'agreements.party.coordinator': 'Koordinator',
  'agreements.section.unitFocus': 'Kva eininga skal ha merksemd på',
  'agreements.section.leaderResponsibilities': 'Ansvaret til leiaren',
  'agreements.section.mentorTasks': 'Oppgåvene til rettleiaren',
  'agreements.section.nqtResponsibilities': 'Ansvaret til den nyutdanna',
  'agreements.section.timeSetAside': 'Tid til rettleiing',

  'agreements.default.unitFocus':
    'Eininga tek godt imot den nyutdanna og gjer rettleiinga til ein fast del av arbeidsveka. Vi viser korleis vi arbeider her, og gir oppgåver som passar for ein som er ny i yrket.',
  'agreements.default.leaderResponsibilities':
    'Leiaren set av tid til rettleiing i planane, syter for at rettleiar og nyutdanna har rom for å møtast, og følgjer med på at rettleiinga blir gjennomført. Praktisk innføring i arbeidsplassen er ansvaret til leiaren og kollegane, ikkje rettleiingstida.',
  'agreements.default.mentorTasks':
    'Rettleiaren planlegg og leier rettleiinga på eininga til den nyutdanna etter ein fast struktur, hjelper den nyutdanna å reflektere over eigen praksis og lærarrolle, og fører kva samtalar som er haldne. Det som blir sagt i rettleiinga, blir mellom rettleiar og nyutdanna.',
  'agreements.default.nqtResponsibilities':
    'Den nyutdanna førebur seg til rettleiinga, tek med eigne spørsmål og erfaringar, deltek aktivt og seier frå om rettleiinga ikkje blir noko av.',
  'agreements.default.timeSetAside':
    'Skule: 60 minutt rettleiing kvar veke det første året og 30 minutt kvar veke det andre året. Barnehage: rettleiing éin gong i månaden begge åra. Rettleiinga skjer på eininga, i arbeidstida.',
};
