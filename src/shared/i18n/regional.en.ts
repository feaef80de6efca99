import type { regionalNb } from './regional.nb.ts';

/** Programmes a region runs for its member owners, in English. */
export const regionalEn: Record<keyof typeof regionalNb, string> = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'The region already has a mentoring programme for this school year.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Someone else saved the regional programme while you were changing it. Load it again and retry.',
  'regional.nav': 'Region',
  'regional.web.title': 'Regional mentoring programmes',
  'regional.web.lead':
    'The region runs the mentoring programme for its members: each owner gets its own programme, and the region decides the shared settings.',
  'regional.web.noRegions': 'You have no role in a region.',
  'regional.web.members': 'Members: {count}',
  'regional.web.current': 'School year {schoolYear}',
  'regional.web.noCurrent': 'The region has no shared programme for {schoolYear} yet.',
  'regional.web.create': 'Start the shared programme for {schoolYear}',
  'regional.web.createHelp':
    'Each member owner gets a programme for the school year, or joins with the one it has. The calendar and the mentoring weekday stay the owner’s own.',
  'regional.web.created':
    'The programme has started: {created} new, {linked} joined with their own, {notJoined} in another region’s programme.',
  'regional.web.caption': 'The region’s programmes',
  'regional.web.schoolYear': 'School year',
  'regional.web.name': 'Name',
  'regional.web.memberCount': 'Owners in it',
  'regional.web.empty': 'No programmes yet.',
  'regional.web.detailLead':
    '{region}, school year {schoolYear}. Figures are per owner; names of NQTs are shown only in the owner’s own programme.',
  'regional.web.membersTitle': 'The owners in the programme',
  'regional.web.membersCaption': 'The owners in the programme with key figures',
  'regional.web.owner': 'Owner',
  'regional.web.enrolled': 'Enrolled',
  'regional.web.notReached': 'Not reached',
  'regional.web.matched': 'With a mentor',
  'regional.web.held': 'Held of plan',
  'regional.web.behind': 'Behind',
  'regional.web.signed': 'Agreements signed',
  'regional.web.noMembers': 'No owners have joined yet.',
  'regional.web.openOwner': 'Open {owner}’s programme',
  'regional.web.notJoinedTitle': 'Not joined',
  'regional.web.notJoined.in_other_region':
    '{owner}: its programme for the school year belongs to another region’s programme.',
  'regional.web.sharedTitle': 'Shared settings',
  'regional.web.sharedLead':
    'What you save here applies at once in the programme of every owner in the region. Each owner keeps its own school calendar and mentoring weekday.',
  'regional.web.sync': 'Update members',
  'regional.web.syncHelp':
    'Takes in owners that have joined the region and lets go of owners that have left (they keep their programme).',
  'regional.web.synced':
    'Updated: {created} new, {linked} joined, {unlinked} left, {notJoined} in another region’s programme.',
  'regional.web.memberNotice':
    'This programme is part of a regional programme. The region decides cadence, group size, threshold and nudges for all members; a change made here lasts until the region next saves them. The school calendar is your own.',
  'regional.web.back': 'All regional programmes',
  'regional.validation.notMember': 'Choose an owner that is part of the regional programme.',
  'regional.web.kbTitle': 'Shared knowledge base',
  'regional.web.kbLead':
    "The region works out the knowledge base together. Write it in one owner's programme and share it from here with all the others; each owner can adapt theirs afterwards.",
  'regional.web.kbFrom': 'The knowledge base of',
  'regional.web.kbShare': 'Share with all owners',
  'regional.web.kbShared': 'Shared. Owners who got a new version: {updated} (those with the same text are unchanged).',
};
