/** Agreements (the mutually binding framework): messages and default template text in bokmål. */
export const agreementsNb = {
  'errors.AGREEMENT_VERSION_CHANGED': 'Avtalen er endret siden du leste den. Les den nye versjonen og godta på nytt.',
  'errors.NOT_A_COORDINATOR': 'Den valgte brukeren er ikke koordinator for denne eieren.',

  'agreements.title': 'Veiledningsavtale',
  'agreements.subtitle': 'Gjensidig forpliktende rammer for veiledning av nyutdannede',
  'agreements.programme': 'Veiledningsordning',
  'agreements.version': 'Versjon {version}',
  'agreements.parties': 'Parter',
  'agreements.acceptances': 'Godkjenninger',
  'agreements.acceptedOn': '{name} ({party}) godtok versjon {version} den {date}',
  'agreements.noAcceptances': 'Ingen har godtatt avtalen ennå.',
  'agreements.signed': 'Signert: alle parter har godtatt versjon {version}.',
  'agreements.pending': 'Ikke signert. Mangler godkjenning fra: {parties}.',
  'agreements.notNamed': 'ikke valgt ennå',
  'agreements.textHash': 'Kontrollsum for teksten (SHA-256): {hash}',
  'agreements.filename': 'veiledningsavtale',
  'agreements.party.nqt': 'Nyutdannet',
  'agreements.party.mentor': 'Veileder',
  'agreements.party.unit_leader': 'Leder ved enheten',
  'agreements.party.coordinator': 'Koordinator',
  'agreements.section.unitFocus': 'Enhetens fokus',
  'agreements.section.leaderResponsibilities': 'Lederens ansvar',
  'agreements.section.mentorTasks': 'Veilederens oppgaver',
  'agreements.section.nqtResponsibilities': 'Den nyutdannedes ansvar',
  'agreements.section.timeSetAside': 'Tid til veiledning',

  'agreements.default.unitFocus':
    'Enheten tar godt imot den nyutdannede og gjør veiledningen til en fast del av arbeidsuken. Vi viser hvordan vi jobber her, og gir oppgaver som passer for en som er ny i yrket.',
  'agreements.default.leaderResponsibilities':
    'Lederen setter av tid til veiledning i planene, sørger for at veileder og nyutdannet har rom for å møtes, og følger med på at veiledningen blir gjennomført. Praktisk innføring i arbeidsplassen er lederens og kollegenes ansvar, ikke veiledningstiden.',
  'agreements.default.mentorTasks':
    'Veilederen planlegger og leder veiledningen på den nyutdannedes enhet etter en fast struktur, hjelper den nyutdannede å reflektere over egen praksis og lærerrolle, og fører hvilke samtaler som er holdt. Det som blir sagt i veiledningen, blir mellom veileder og nyutdannet.',
  'agreements.default.nqtResponsibilities':
    'Den nyutdannede forbereder seg til veiledningen, tar med egne spørsmål og erfaringer, deltar aktivt og sier fra hvis veiledningen ikke blir noe av.',
  'agreements.default.timeSetAside':
    'Skole: 60 minutter veiledning hver uke det første året og 30 minutter hver uke det andre året. Barnehage: veiledning én gang i måneden begge årene. Veiledningen skjer på enheten, i arbeidstiden.',
} as const;
