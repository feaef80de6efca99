import type { regionalNb } from './regional.nb.ts';

/** Programmes a region runs for its member owners, in nynorsk. */
export const regionalNn: Record<keyof typeof regionalNb, string> = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'Regionen har alt ei rettleiingsordning for dette skuleåret.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Nokon andre har lagra den regionale ordninga medan du endra ho. Hent ho på nytt og prøv igjen.',
};
