import type { mentoringNb } from './mentoring.nb.ts';

/** The NQT mentoring programme: messages in nynorsk. */
export const mentoringNn: Record<keyof typeof mentoringNb, string> = {
  'errors.PROGRAMME_EXISTS': 'Eigaren har alt ei rettleiingsordning for dette skuleåret.',
  'errors.ALREADY_ENROLLED': 'Nokre av personane er alt med i rettleiingsordninga. Ingen vart lagde til.',
  'errors.NOT_ELIGIBLE': 'Nokre av personane er ikkje nyutdanna lærarar i dei to første åra. Ingen vart lagde til.',
  'errors.MENTOR_NOT_QUALIFIED': 'Berre aktive tilsette med godkjend lærarutdanning kan vere rettleiarar.',

  'mentoring.validation.schoolYear': 'Skriv skuleåret som 2026-27.',
  'mentoring.validation.groupSize': 'Største gruppe kan ikkje vere mindre enn minste gruppe.',
  'mentoring.validation.reasonRequired': 'Skriv ei grunngiving når du endrar rettleiingsåret.',
  'mentoring.validation.duplicatePerson': 'Same person står fleire gonger.',

  'mentoring.programme.defaultName': 'Rettleiing av nyutdanna {schoolYear}',
  'mentoring.holiday.autumnBreak': 'Haustferie',
  'mentoring.holiday.christmas': 'Juleferie',
  'mentoring.holiday.winterBreak': 'Vinterferie',
  'mentoring.holiday.easter': 'Påskeferie',
  'mentoring.holiday.labourDay': '1. mai',
  'mentoring.holiday.constitutionDay': '17. mai',
  'mentoring.holiday.ascensionDay': 'Kristi himmelfartsdag',
  'mentoring.holiday.whitMonday': '2. pinsedag',
  'mentoring.holiday.summer': 'Sommarferie',
  'mentoring.frequency.weekly': 'Kvar veke',
  'mentoring.frequency.monthly': 'Kvar månad',
  'mentoring.reach.not_reached': 'Ikkje nådd',
  'mentoring.reach.enrolled': 'Med i ordninga',
  'mentoring.reach.left': 'Slutta',
  'mentoring.ineligible.inactive': 'Ikkje aktiv',
  'mentoring.ineligible.no_teacher_education': 'Manglar godkjend lærarutdanning',
  'mentoring.ineligible.not_teaching': 'Ikkje tilsett som lærar',
  'mentoring.ineligible.experienced': 'Har to års erfaring eller meir',
  'mentoring.ineligible.past_two_years': 'Har vore lærar i meir enn to år',
  'mentoring.ineligible.not_started': 'Har ikkje byrja enno',
};
