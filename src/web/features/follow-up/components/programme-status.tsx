import '../follow-up.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ProgrammeOverview } from '../../../../shared/schemas/overview.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { programmeRoutes } from '../../mentoring/api.ts';
import { followUpRoutes } from '../api.ts';

const overviewPath = (ownerId: string, programmeId: string) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/overview`;

/**
 * The programme at a glance on its overview page: matching, mentoring against the plan, agreements and
 * the sub-goal with least time, each a sentence and a link to the part that has the details.
 */
export function ProgrammeStatus({ ownerId, programmeId }: { ownerId: string; programmeId: string }) {
  const { t, locale } = useI18n();
  const loaded = useApiGet<ProgrammeOverview>(overviewPath(ownerId, programmeId));
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const o = loaded.data;
  const n = (value: number) => formatNumber(locale, value);
  const least = [...o.subGoalMinutes].sort((a, b) => a.minutes - b.minutes)[0];
  const cards = [
    {
      id: 'matching',
      to: programmeRoutes.matching(programmeId),
      title: t('web.mentoring.nav.matching'),
      lines: [
        t('followUp.status.matched', { paired: n(o.matching.accepted), enrolled: n(o.reach.enrolled) }),
        t('followUp.status.unmatched', { proposed: n(o.matching.proposed), unmatched: n(o.matching.unmatched) }),
      ],
    },
    {
      id: 'mentoring',
      to: followUpRoutes.programme(programmeId),
      title: t('followUp.nav.part'),
      lines: [
        o.mentoring.ratio === null
          ? t('followUp.status.nothingPlanned')
          : t('followUp.status.share', { percent: n(Math.round(o.mentoring.ratio * 100)) }),
        t('followUp.status.behindTold', { behind: n(o.mentoring.behind), told: n(o.mentoring.mentorsTold) }),
      ],
    },
    {
      id: 'agreements',
      to: `/veiledning/${programmeId}/avtaler`,
      title: t('web.agreements.nav.part'),
      lines: [t('followUp.status.agreements', { signed: n(o.agreements.signed), count: n(o.agreements.count) })],
    },
    {
      id: 'sub-goals',
      to: `/veiledning/${programmeId}/kunnskapsgrunnlag`,
      title: t('followUp.status.subGoalsTitle'),
      lines: least
        ? [
            t('followUp.status.leastTime', {
              subGoal: t(`mentoring.subGoal.${least.subGoal}`),
              minutes: n(least.minutes),
            }),
          ]
        : [],
    },
  ];
  return (
    <section className="section" aria-labelledby="programme-status">
      <Heading level={2} data-size="sm" id="programme-status">
        {t('followUp.status.title')}
      </Heading>
      <ul className="status-cards">
        {cards.map((card) => (
          <li key={card.id} className="status-cards__card">
            <Heading level={3} data-size="2xs">
              <AppLink to={card.to}>{card.title}</AppLink>
            </Heading>
            {card.lines.map((line) => (
              <Paragraph key={line} data-size="sm">
                {line}
              </Paragraph>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
