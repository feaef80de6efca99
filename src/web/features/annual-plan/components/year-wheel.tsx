import { Heading } from '@digdir/designsystemet-react';
import { planMonths, wheelAngle } from '../../../../shared/rules/annual-plan.ts';
import type { SchoolYear } from '../../../../shared/rules/school-year.ts';
import { PLAN_ITEM_KINDS } from '../../../../shared/schemas/annual-plan.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import type { PlanItem } from '../api.ts';
import { monthName } from './format.ts';
import { ListView } from './list-view.tsx';

const OUTER = 190;
const INNER = 62;
const LABEL = 172;

/** A point on the circle at an angle (degrees clockwise from 12 o'clock). */
function point(angle: number, r: number): [number, number] {
  const rad = ((angle - 90) * Math.PI) / 180;
  return [Math.round(r * Math.cos(rad) * 100) / 100, Math.round(r * Math.sin(rad) * 100) / 100];
}

function sector(from: number, to: number): string {
  const [x1, y1] = point(from, OUTER);
  const [x2, y2] = point(to, OUTER);
  const [x3, y3] = point(to, INNER);
  const [x4, y4] = point(from, INNER);
  return `M${x1} ${y1}A${OUTER} ${OUTER} 0 0 1 ${x2} ${y2}L${x3} ${y3}A${INNER} ${INNER} 0 0 0 ${x4} ${y4}Z`;
}

/**
 * The year wheel: the school year as a circle of twelve month sectors from August at the top, clockwise,
 * with each item as a coloured mark at its day. The SVG is one image with a title and a description; the
 * same items follow as a list, which is the text alternative (and what a screen reader reads).
 */
export function YearWheel({
  items,
  schoolYear,
  programmeName,
  programmeId,
  canManage,
}: {
  items: PlanItem[];
  schoolYear: SchoolYear;
  programmeName: string;
  programmeId: string;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const months = planMonths(schoolYear);
  const counts = months.map((m) => items.filter((i) => i.date.startsWith(m)).length);
  // Marks on the same month stack outwards in rings so close days stay apart.
  const placed = new Map<string, number>();
  const marks = items.map((item) => {
    const angle = wheelAngle(item.date);
    const key = `${item.date.slice(0, 7)}:${Math.floor(angle / 7.5)}`;
    const ring = placed.get(key) ?? 0;
    placed.set(key, ring + 1);
    const [cx, cy] = point(angle, INNER + 18 + (ring % 5) * 18);
    return { item, cx, cy };
  });
  const description = `${t('annualPlan.wheel.desc')} ${months
    .map((m, i) =>
      counts[i] === 1
        ? t('annualPlan.wheel.monthOne', { month: monthName(locale, m) })
        : t('annualPlan.wheel.month', { month: monthName(locale, m), count: String(counts[i]) }),
    )
    .join('. ')}.`;
  return (
    <div className="plan-wheel">
      <div className="plan-wheel__figure">
        <svg
          viewBox="-200 -200 400 400"
          role="img"
          aria-labelledby="plan-wheel-title plan-wheel-desc"
          className="plan-wheel__svg"
        >
          <title id="plan-wheel-title">{t('annualPlan.wheel.title', { programme: programmeName })}</title>
          <desc id="plan-wheel-desc">{description}</desc>
          {months.map((m, i) => (
            <path
              key={m}
              d={sector(i * 30, (i + 1) * 30)}
              className={`plan-wheel__sector plan-wheel__sector--${i % 2}`}
            />
          ))}
          {months.map((m, i) => {
            const [x, y] = point(i * 30 + 15, LABEL);
            return (
              <text key={m} x={x} y={y} className="plan-wheel__label" textAnchor="middle" dominantBaseline="middle">
                {monthName(locale, m, false).slice(0, 3)}
              </text>
            );
          })}
          <text x="0" y="-8" className="plan-wheel__year" textAnchor="middle">
            {schoolYear}
          </text>
          <text x="0" y="14" className="plan-wheel__count" textAnchor="middle">
            {items.length === 1 ? t('annualPlan.countOne') : t('annualPlan.count', { count: String(items.length) })}
          </text>
          {marks.map(({ item, cx, cy }) => (
            <circle key={item.id} cx={cx} cy={cy} r="7" className={`plan-mark plan-mark--${item.kind}`} />
          ))}
        </svg>
        <ul className="plan-legend" aria-hidden="true">
          {PLAN_ITEM_KINDS.filter((k) => items.some((i) => i.kind === k)).map((k) => (
            <li key={k}>
              <span className={`plan-legend__dot plan-mark--${k}`} />
              {t(`annualPlan.kind.${k}`)}
            </li>
          ))}
        </ul>
      </div>
      <section aria-labelledby="plan-wheel-list" className="plan-wheel__list">
        <Heading level={2} data-size="xs" id="plan-wheel-list">
          {t('annualPlan.wheel.listHeading')}
        </Heading>
        <ListView items={items} programmeId={programmeId} canManage={canManage} headingLevel={3} />
      </section>
    </div>
  );
}
