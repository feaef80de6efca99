import { UNIT_TYPES, type UnitType } from '../enums.ts';

/*
 * How often and how long an NQT is mentored: a setting of the programme per unit type and programme
 * year. The defaults are Lillestrøm's (seed 000): school 60 minutes every week in year one and 30 in
 * year two; kindergarten once a month in both years.
 */

export const FREQUENCIES = ['weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Cadence {
  frequency: Frequency;
  /** Minutes of one session. */
  minutes: number;
}

/** The cadence of each programme year. */
export interface YearCadences {
  year1: Cadence;
  year2: Cadence;
}

export type CadenceSettings = Record<UnitType, YearCadences>;

export type ProgrammeYear = 1 | 2;

const SCHOOL: YearCadences = {
  year1: { frequency: 'weekly', minutes: 60 },
  year2: { frequency: 'weekly', minutes: 30 },
};

/*
 * Kindergarten: the seed says "once a month" without a length. 60 minutes, because it is the length
 * of a school session in year one, fits one planning hour in a kindergarten day, and keeps a
 * kindergarten NQT's yearly time (~10 hours) well above a token meeting; owners change it.
 */
const KINDERGARTEN: YearCadences = {
  year1: { frequency: 'monthly', minutes: 60 },
  year2: { frequency: 'monthly', minutes: 60 },
};

/*
 * After-school units (SFO/AKS) are part of the school (the Education Act places them with the school
 * owner and the head of school), and an NQT there is a teacher with approved teacher education, so
 * they follow the school cadence. An owner whose after-school NQTs work mostly outside lessons can
 * set them to monthly.
 */
export const DEFAULT_CADENCES: CadenceSettings = {
  kindergarten: KINDERGARTEN,
  primary: SCHOOL,
  lower_secondary: SCHOOL,
  combined: SCHOOL,
  upper_secondary: SCHOOL,
  after_school: SCHOOL,
};

/** A fresh copy of the defaults, for a new programme's settings. */
export function defaultCadences(): CadenceSettings {
  return Object.fromEntries(
    UNIT_TYPES.map((u) => [u, { year1: { ...DEFAULT_CADENCES[u].year1 }, year2: { ...DEFAULT_CADENCES[u].year2 } }]),
  ) as CadenceSettings;
}

export function cadenceFor(settings: CadenceSettings, unitType: UnitType, year: ProgrammeYear): Cadence {
  const cadences = settings[unitType];
  return year === 1 ? cadences.year1 : cadences.year2;
}

/**
 * Minutes of one session for a part-time NQT. The seed gives time per NQT ("reduced working time per
 * NQT" for the mentor), not per full-time equivalent, and a part-time NQT meets the same start-of-
 * career challenges, so by default the position size does not change the time. An owner who wants
 * it can turn on scaling: minutes in proportion to the position, rounded to 5, never under 15 and never
 * over the full session.
 */
export function sessionMinutes(cadence: Cadence, positionPercent: number, scaleByPosition: boolean): number {
  if (!scaleByPosition || positionPercent >= 100) return cadence.minutes;
  const scaled = Math.round((cadence.minutes * Math.max(positionPercent, 0)) / 100 / 5) * 5;
  return Math.min(cadence.minutes, Math.max(15, scaled));
}
