/** Programmes a region runs for its member owners, in bokmål. */
export const regionalNb = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'Regionen har allerede en veiledningsordning for dette skoleåret.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Noen andre har lagret den regionale ordningen mens du endret den. Hent den på nytt og prøv igjen.',
  'regional.nav': 'Region',
  'regional.web.title': 'Regionale veiledningsordninger',
  'regional.web.lead':
    'Regionen driver veiledningsordningen for medlemmene sine: hver eier får sin egen ordning, og regionen bestemmer de felles innstillingene.',
  'regional.web.noRegions': 'Du har ingen rolle i en region.',
  'regional.web.members': 'Medlemmer: {count}',
  'regional.web.current': 'Skoleåret {schoolYear}',
  'regional.web.noCurrent': 'Regionen har ingen felles ordning for {schoolYear} ennå.',
  'regional.web.create': 'Start felles ordning for {schoolYear}',
  'regional.web.createHelp':
    'Hver medlemseier får en ordning for skoleåret, eller blir med med den de har. Kalenderen og ukedagen for veiledning er fortsatt eierens egen.',
  'regional.web.created':
    'Ordningen er startet: {created} nye, {linked} ble med med sin egen, {notJoined} er i en annen regions ordning.',
  'regional.web.caption': 'Regionens ordninger',
  'regional.web.schoolYear': 'Skoleår',
  'regional.web.name': 'Navn',
  'regional.web.memberCount': 'Eiere med',
  'regional.web.empty': 'Ingen ordninger ennå.',
  'regional.web.detailLead':
    '{region}, skoleåret {schoolYear}. Tallene er per eier; navn på nyutdannede vises bare i eierens egen ordning.',
  'regional.web.membersTitle': 'Eierne i ordningen',
  'regional.web.membersCaption': 'Eierne i ordningen med nøkkeltall',
  'regional.web.owner': 'Eier',
  'regional.web.enrolled': 'Påmeldt',
  'regional.web.notReached': 'Ikke nådd',
  'regional.web.matched': 'Med veileder',
  'regional.web.held': 'Gjennomført av plan',
  'regional.web.behind': 'Bak plan',
  'regional.web.signed': 'Avtaler signert',
  'regional.web.noMembers': 'Ingen eiere er med ennå.',
  'regional.web.openOwner': 'Åpne ordningen til {owner}',
  'regional.web.notJoinedTitle': 'Ikke med',
  'regional.web.notJoined.in_other_region': '{owner}: ordningen for skoleåret er med i en annen regions ordning.',
  'regional.web.sharedTitle': 'Felles innstillinger',
  'regional.web.sharedLead':
    'Det du lagrer her, gjelder straks i ordningen til hver eier i regionen. Skolerutene (kalenderen) og ukedagen for veiledning bestemmer hver eier selv.',
  'regional.web.sync': 'Oppdater medlemmer',
  'regional.web.syncHelp':
    'Tar med eiere som har kommet inn i regionen, og slipper eiere som har gått ut (de beholder ordningen sin).',
  'regional.web.synced':
    'Oppdatert: {created} nye, {linked} ble med, {unlinked} gikk ut, {notJoined} i en annen regions ordning.',
  'regional.web.memberNotice':
    'Ordningen er med i en regional ordning. Regionen bestemmer kadens, gruppestørrelse, terskel og påminnelser for alle medlemmene; endrer du dem her, gjelder det til regionen lagrer neste gang. Skolerutene er deres egne.',
  'regional.web.back': 'Alle regionale ordninger',
  'regional.validation.notMember': 'Velg en eier som er med i den regionale ordningen.',
  'regional.web.kbTitle': 'Felles kunnskapsgrunnlag',
  'regional.web.kbLead':
    'Regionen arbeider fram kunnskapsgrunnlaget sammen. Skriv det i ordningen til én eier, og del det herfra med alle de andre; hver eier kan tilpasse sitt etterpå.',
  'regional.web.kbFrom': 'Kunnskapsgrunnlaget til',
  'regional.web.kbShare': 'Del med alle eierne',
  'regional.web.kbShared': 'Delt. Eiere som fikk en ny versjon: {updated} (de som hadde samme tekst, er uendret).',
} as const;
