import type { agreementsNb } from './agreements.nb.ts';

/** Agreements: messages and default template text in English. */
export const agreementsEn: Record<keyof typeof agreementsNb, string> = {
  'errors.AGREEMENT_VERSION_CHANGED':
    'The agreement has changed since you read it. Read the new version and accept again.',
  'errors.NOT_A_COORDINATOR': 'The chosen user is not a coordinator for this owner.',

  'agreements.title': 'Mentoring agreement',
  'agreements.subtitle': 'A mutually binding framework for mentoring newly qualified teachers',
  'agreements.programme': 'Mentoring programme',
  'agreements.version': 'Version {version}',
  'agreements.parties': 'Parties',
  'agreements.acceptances': 'Acceptances',
  'agreements.acceptedOn': '{name} ({party}) accepted version {version} on {date}',
  'agreements.noAcceptances': 'Nobody has accepted the agreement yet.',
  'agreements.signed': 'Signed: every party has accepted version {version}.',
  'agreements.pending': 'Not signed. Still to accept: {parties}.',
  'agreements.notNamed': 'not chosen yet',
  'agreements.textHash': 'Checksum of the text (SHA-256): {hash}',
  'agreements.filename': 'mentoring-agreement',
  'agreements.party.nqt': 'Newly qualified teacher',
  'agreements.party.mentor': 'Mentor',
  'agreements.party.unit_leader': 'Head of the unit',
  'agreements.party.coordinator': 'Coordinator',
  'agreements.section.unitFocus': 'The unit’s focus',
  'agreements.section.leaderResponsibilities': 'The head’s responsibilities',
  'agreements.section.mentorTasks': 'The mentor’s tasks',
  'agreements.section.nqtResponsibilities': 'The NQT’s responsibilities',
  'agreements.section.timeSetAside': 'Time set aside',

  'agreements.default.unitFocus':
    'The unit welcomes the newly qualified teacher and makes mentoring a fixed part of the working week. We show how we work here and give tasks that suit someone new to the profession.',
  'agreements.default.leaderResponsibilities':
    'The head sets aside time for mentoring in the plans, makes room for the mentor and the NQT to meet, and checks that mentoring actually happens. A practical introduction to the workplace is for the head and colleagues, not for mentoring time.',
  'agreements.default.mentorTasks':
    'The mentor plans and leads mentoring at the NQT’s unit by a set structure, helps the NQT reflect on their own practice and role as a teacher, and logs the sessions held. What is said in mentoring stays between the mentor and the NQT.',
  'agreements.default.nqtResponsibilities':
    'The NQT prepares for mentoring, brings their own questions and experiences, takes an active part, and speaks up if mentoring does not happen.',
  'agreements.default.timeSetAside':
    'School: 60 minutes of mentoring every week in the first year and 30 minutes every week in the second. Kindergarten: mentoring once a month in both years. Mentoring takes place at the unit, in working hours.',
};
