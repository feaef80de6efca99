import type { mentoringNb } from './mentoring.nb.ts';

/** The NQT mentoring programme: messages in English. */
export const mentoringEn: Record<keyof typeof mentoringNb, string> = {
  'errors.PROGRAMME_EXISTS': 'The owner already has a mentoring programme for this school year.',
  'errors.ALREADY_ENROLLED': 'Some of these people are already in the mentoring programme. Nobody was added.',
  'errors.NOT_ELIGIBLE':
    'Some of these people are not newly qualified teachers in their first two years. Nobody was added.',
  'errors.MENTOR_NOT_QUALIFIED': 'Only active staff with approved teacher education can be mentors.',

  'mentoring.validation.schoolYear': 'Write the school year as 2026-27.',
  'mentoring.validation.groupSize': 'The largest group cannot be smaller than the smallest.',
  'mentoring.validation.reasonRequired': 'Give a reason when you change the programme year.',
  'mentoring.validation.duplicatePerson': 'The same person is listed more than once.',

  'mentoring.programme.defaultName': 'Mentoring of newly qualified teachers {schoolYear}',
  'mentoring.holiday.autumnBreak': 'Autumn break',
  'mentoring.holiday.christmas': 'Christmas holiday',
  'mentoring.holiday.winterBreak': 'Winter break',
  'mentoring.holiday.easter': 'Easter holiday',
  'mentoring.holiday.labourDay': '1 May',
  'mentoring.holiday.constitutionDay': '17 May',
  'mentoring.holiday.ascensionDay': 'Ascension Day',
  'mentoring.holiday.whitMonday': 'Whit Monday',
  'mentoring.holiday.summer': 'Summer holiday',
  'mentoring.frequency.weekly': 'Every week',
  'mentoring.frequency.monthly': 'Every month',
  'mentoring.reach.not_reached': 'Not reached',
  'mentoring.reach.enrolled': 'Enrolled',
  'mentoring.reach.left': 'Left',
  'mentoring.ineligible.inactive': 'Not active',
  'mentoring.ineligible.no_teacher_education': 'No approved teacher education',
  'mentoring.ineligible.not_teaching': 'Not employed as a teacher',
  'mentoring.ineligible.experienced': 'Two years of experience or more',
  'mentoring.ineligible.past_two_years': 'A teacher for more than two years',
  'mentoring.ineligible.not_started': 'Has not started yet',
};
