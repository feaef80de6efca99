import type { regionalNb } from './regional.nb.ts';

/** Programmes a region runs for its member owners, in English. */
export const regionalEn: Record<keyof typeof regionalNb, string> = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'The region already has a mentoring programme for this school year.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Someone else saved the regional programme while you were changing it. Load it again and retry.',
};
