import type { regionalNb } from './regional.nb.ts';

/** Programmes a region runs for its member owners, in nynorsk. */
export const regionalNn: Record<keyof typeof regionalNb, string> = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'Regionen har alt ei rettleiingsordning for dette skuleåret.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Nokon andre har lagra den regionale ordninga medan du endra ho. Hent ho på nytt og prøv igjen.',
  'regional.nav': 'Region',
  'regional.web.title': 'Regionale rettleiingsordningar',
  'regional.web.lead':
    'Regionen driv rettleiingsordninga for medlemmene sine: kvar eigar får si eiga ordning, og regionen bestemmer dei felles innstillingane.',
  'regional.web.noRegions': 'Du har inga rolle i ein region.',
  'regional.web.members': 'Medlemmer: {count}',
  'regional.web.current': 'Skuleåret {schoolYear}',
  'regional.web.noCurrent': 'Regionen har inga felles ordning for {schoolYear} enno.',
  'regional.web.create': 'Start felles ordning for {schoolYear}',
  'regional.web.createHelp':
    'Kvar medlemseigar får ei ordning for skuleåret, eller blir med med den dei har. Kalenderen og vekedagen for rettleiing er framleis eigaren sin.',
  'regional.web.created':
    'Ordninga er starta: {created} nye, {linked} vart med med si eiga, {notJoined} er i ordninga til ein annan region.',
  'regional.web.caption': 'Ordningane til regionen',
  'regional.web.schoolYear': 'Skuleår',
  'regional.web.name': 'Namn',
  'regional.web.memberCount': 'Eigarar med',
  'regional.web.empty': 'Ingen ordningar enno.',
  'regional.web.detailLead':
    '{region}, skuleåret {schoolYear}. Tala er per eigar; namn på nyutdanna blir berre viste i ordninga til eigaren.',
  'regional.web.membersTitle': 'Eigarane i ordninga',
  'regional.web.membersCaption': 'Eigarane i ordninga med nøkkeltal',
  'regional.web.owner': 'Eigar',
  'regional.web.enrolled': 'Påmeld',
  'regional.web.notReached': 'Ikkje nådd',
  'regional.web.matched': 'Med rettleiar',
  'regional.web.held': 'Gjennomført av plan',
  'regional.web.behind': 'Bak plan',
  'regional.web.signed': 'Avtalar signerte',
  'regional.web.noMembers': 'Ingen eigarar er med enno.',
  'regional.web.openOwner': 'Opne ordninga til {owner}',
  'regional.web.notJoinedTitle': 'Ikkje med',
  'regional.web.notJoined.in_other_region': '{owner}: ordninga for skuleåret er med i ordninga til ein annan region.',
  'regional.web.sharedTitle': 'Felles innstillingar',
  'regional.web.sharedLead':
    'Det du lagrar her, gjeld straks i ordninga til kvar eigar i regionen. Skuleruta (kalenderen) og vekedagen for rettleiing bestemmer kvar eigar sjølv.',
  'regional.web.sync': 'Oppdater medlemmer',
  'regional.web.syncHelp':
    'Tek med eigarar som har kome inn i regionen, og slepper eigarar som har gått ut (dei held fram med ordninga si).',
  'regional.web.synced':
    'Oppdatert: {created} nye, {linked} vart med, {unlinked} gjekk ut, {notJoined} i ordninga til ein annan region.',
  'regional.web.memberNotice':
    'Ordninga er med i ei regional ordning. Regionen bestemmer kadens, gruppestorleik, terskel og påminningar for alle medlemmene; endrar du dei her, gjeld det til regionen lagrar neste gong. Skuleruta er dykkar eiga.',
  'regional.web.back': 'Alle regionale ordningar',
  'regional.validation.notMember': 'Vel ein eigar som er med i den regionale ordninga.',
  'regional.web.kbTitle': 'Felles kunnskapsgrunnlag',
  'regional.web.kbLead':
    'Regionen arbeider fram kunnskapsgrunnlaget saman. Skriv det i ordninga til éin eigar, og del det herifrå med alle dei andre; kvar eigar kan tilpasse sitt etterpå.',
  'regional.web.kbFrom': 'Kunnskapsgrunnlaget til',
  'regional.web.kbShare': 'Del med alle eigarane',
  'regional.web.kbShared': 'Delt. Eigarar som fekk ein ny versjon: {updated} (dei som hadde same tekst, er uendra).',
};
