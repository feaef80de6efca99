import { useT } from '../../../lib/i18n.tsx';

const INELIGIBLE = [
  'inactive',
  'no_teacher_education',
  'not_teaching',
  'experienced',
  'past_two_years',
  'not_started',
] as const;
type Ineligible = (typeof INELIGIBLE)[number];

/** Why the server refused to enrol one person, in words. */
export function ReasonText({ reason }: { reason: string }) {
  const t = useT();
  if (reason === 'already_enrolled') return <>{t('web.mentoring.reach.alreadyEnrolled')}</>;
  if ((INELIGIBLE as readonly string[]).includes(reason))
    return <>{t(`mentoring.ineligible.${reason as Ineligible}`)}</>;
  return <>{reason}</>;
}
