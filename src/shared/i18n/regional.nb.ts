/** Programmes a region runs for its member owners, in bokmål. */
export const regionalNb = {
  'errors.REGIONAL_PROGRAMME_EXISTS': 'Regionen har allerede en veiledningsordning for dette skoleåret.',
  'errors.REGIONAL_PROGRAMME_CHANGED':
    'Noen andre har lagret den regionale ordningen mens du endret den. Hent den på nytt og prøv igjen.',
} as const;
