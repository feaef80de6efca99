/** Units' coordinates (for shorter travel to network groups), in bokmål. */
export const unitsNb = {
  'units.latitude': 'Breddegrad',
  'units.longitude': 'Lengdegrad',
  'units.coordinatesHelp':
    'Desimalgrader, for eksempel 59,956 og 11,049 (fra kartet eller Nasjonalt skoleregister). Med begge fylt ut kan nettverksgruppene gi kortere reisevei.',
} as const;
