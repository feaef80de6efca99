import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { PlanItem } from '../api.ts';
import { monthName } from './format.ts';
import { PlanItemRow } from './plan-item-row.tsx';

/** Items grouped by the month they start in, each month a heading and a list. */
export function ListView({
  items,
  programmeId,
  canManage,
  headingLevel = 2,
}: {
  items: PlanItem[];
  programmeId: string;
  canManage: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <Paragraph>{t('annualPlan.empty')}</Paragraph>;
  const months = new Map<string, PlanItem[]>();
  for (const item of items) {
    const key = item.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), item]);
  }
  return (
    <div className="plan-list">
      {[...months].map(([month, list]) => (
        <section key={month} aria-labelledby={`plan-month-${month}`} className="plan-list__month">
          <Heading level={headingLevel} data-size="xs" id={`plan-month-${month}`} className="plan-list__heading">
            {monthName(locale, month)}
          </Heading>
          <ul className="plan-items">
            {list.map((item) => (
              <PlanItemRow key={item.id} item={item} programmeId={programmeId} canManage={canManage} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
