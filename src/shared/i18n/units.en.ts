import type { unitsNb } from './units.nb.ts';

/** Units' coordinates (for shorter travel to network groups), in English. */
export const unitsEn: Record<keyof typeof unitsNb, string> = {
  'units.latitude': 'Latitude',
  'units.longitude': 'Longitude',
  'units.coordinatesHelp':
    'Decimal degrees, e.g. 59.956 and 11.049 (from a map or the national school register). With both filled in, network groups can keep travel shorter.',
};
