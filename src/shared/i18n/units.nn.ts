import type { unitsNb } from './units.nb.ts';

/** Units' coordinates (for shorter travel to network groups), in nynorsk. */
export const unitsNn: Record<keyof typeof unitsNb, string> = {
  'units.latitude': 'Breiddegrad',
  'units.longitude': 'Lengdegrad',
  'units.coordinatesHelp':
    'Desimalgradar, til dømes 59,956 og 11,049 (frå kartet eller Nasjonalt skuleregister). Med begge fylte ut kan nettverksgruppene gi kortare reiseveg.',
};
