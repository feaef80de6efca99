/*
 * School subjects and stages, for matching mentors and NQTs ("same stage, subject overlap").
 *
 * Decisions:
 * - Subjects are a controlled list of codes (the common subjects of the Norwegian curriculum, LK20),
 *   translated in the i18n part `subjects.*`. No free text: a subject only helps matching when two
 *   people name it the same way. A teacher's subjects belong to the person (what they teach, from
 *   their education), stored as `people.subjects` (text[] of codes).
 * - The stage is where they teach, so it belongs to the employment (`employments.stage`): `1-4`
 *   (småskoletrinnet), `5-7` (mellomtrinnet), `8-10` (ungdomstrinnet), `vg` (videregående). Null where
 *   it does not apply (kindergarten, after-school, leaders) or is unknown.
 * - Import accepts codes, the Norwegian names (bokmål and nynorsk) and a few common abbreviations,
 *   any case, separated by `;` or `,`.
 */

export const SUBJECTS = [
  'norwegian',
  'mathematics',
  'english',
  'science',
  'social_studies',
  'krle',
  'arts_crafts',
  'music',
  'food_health',
  'physical_education',
  'spanish',
  'german',
  'french',
  'other_foreign_language',
  'sami',
  'norwegian_second_language',
  'elective',
  'history',
  'geography',
  'religion_ethics',
  'natural_sciences_vg',
  'programme_general',
  'programme_vocational',
  'special_education',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const STAGES = ['1-4', '5-7', '8-10', 'vg'] as const;
export type Stage = (typeof STAGES)[number];

/** Most subjects one person can have (the form and the import both check it). */
export const MAX_SUBJECTS = 12;

/** Names and abbreviations the import accepts besides the codes, in lower case (bokmål, nynorsk, common short forms). */
export const SUBJECT_SYNONYMS: Record<string, Subject> = {
  norsk: 'norwegian',
  nor: 'norwegian',
  matematikk: 'mathematics',
  matte: 'mathematics',
  engelsk: 'english',
  eng: 'english',
  naturfag: 'science',
  nat: 'science',
  samfunnsfag: 'social_studies',
  sam: 'social_studies',
  krle: 'krle',
  'kristendom, religion, livssyn og etikk': 'krle',
  'kunst og håndverk': 'arts_crafts',
  'kunst og handverk': 'arts_crafts',
  'k&h': 'arts_crafts',
  kh: 'arts_crafts',
  musikk: 'music',
  mus: 'music',
  'mat og helse': 'food_health',
  mh: 'food_health',
  kroppsøving: 'physical_education',
  kro: 'physical_education',
  gym: 'physical_education',
  spansk: 'spanish',
  tysk: 'german',
  fransk: 'french',
  'fremmedspråk, annet': 'other_foreign_language',
  'framandspråk, anna': 'other_foreign_language',
  fremmedspråk: 'other_foreign_language',
  framandspråk: 'other_foreign_language',
  samisk: 'sami',
  'norsk som andrespråk': 'norwegian_second_language',
  valgfag: 'elective',
  valfag: 'elective',
  historie: 'history',
  geografi: 'geography',
  'religion og etikk': 'religion_ethics',
  'naturfag vg': 'natural_sciences_vg',
  realfag: 'natural_sciences_vg',
  'programfag, studieforberedende': 'programme_general',
  'programfag studieforberedende': 'programme_general',
  programfag: 'programme_general',
  'programfag, yrkesfag': 'programme_vocational',
  'programfag yrkesfag': 'programme_vocational',
  yrkesfag: 'programme_vocational',
  spesialundervisning: 'special_education',
  spesialpedagogikk: 'special_education',
};

/** Names the import accepts for a stage besides the codes. */
export const STAGE_SYNONYMS: Record<string, Stage> = {
  '1-4': '1-4',
  '1.-4.': '1-4',
  småskoletrinnet: '1-4',
  småskoletrinn: '1-4',
  småskulesteget: '1-4',
  '5-7': '5-7',
  '5.-7.': '5-7',
  mellomtrinnet: '5-7',
  mellomtrinn: '5-7',
  mellomsteget: '5-7',
  '8-10': '8-10',
  '8.-10.': '8-10',
  ungdomstrinnet: '8-10',
  ungdomstrinn: '8-10',
  ungdomssteget: '8-10',
  vg: 'vg',
  vgs: 'vg',
  videregående: 'vg',
  vidaregåande: 'vg',
  'vg1-vg3': 'vg',
};

/** The shared subjects of two lists, in the order of SUBJECTS (so explanations read the same every time). */
export function sharedSubjects(a: readonly string[], b: readonly string[]): Subject[] {
  const left = new Set(a);
  const right = new Set(b);
  return SUBJECTS.filter((s) => left.has(s) && right.has(s));
}
