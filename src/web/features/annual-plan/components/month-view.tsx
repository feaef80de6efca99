import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { PlanItem } from '../api.ts';
import { clock, dayLabel, monthName } from './format.ts';
import { PlanItemRow } from './plan-item-row.tsx';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The days of a month, in weeks from Monday; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = weekdayIndex(`${month}-01`);
  const cells: (string | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= daysIn(month); d++) cells.push(`${month}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Whether an item is on a day (a span of days counts on each of its days). */
const isOn = (item: PlanItem, date: string) => item.date <= date && (item.endDate ?? item.date) >= date;

/**
 * One month as a calendar grid (a table: weeks by weekdays), with the items on their days; on a narrow
 * screen the grid gives way to a list of the days that have items. Previous and next move a month within
 * the school year.
 */
export function MonthView({
  items,
  months,
  month,
  onMonth: setMonth,
  programmeId,
  canManage,
}: {
  items: PlanItem[];
  months: string[];
  /** The month shown, `YYYY-MM`; kept by the caller so a filter change does not move it. */
  month: string;
  onMonth: (month: string) => void;
  programmeId: string;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const index = months.indexOf(month);
  const weekdays = t('annualPlan.weekday.short').split(',');
  const weeks = monthWeeks(month);
  const days = weeks.flat().filter((d): d is string => d !== null);
  const withItems = days.map((d) => [d, items.filter((i) => isOn(i, d))] as const).filter(([, list]) => list.length);
  const title = monthName(locale, month);
  return (
    <section aria-labelledby="plan-month-title" className="plan-month">
      <div className="plan-month__bar">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={index <= 0}
          onClick={() => setMonth(months[index - 1] ?? month)}
        >
          {t('annualPlan.month.previous')}
        </Button>
        <Heading level={2} data-size="sm" id="plan-month-title" aria-live="polite">
          {title}
        </Heading>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={index >= months.length - 1}
          onClick={() => setMonth(months[index + 1] ?? month)}
        >
          {t('annualPlan.month.next')}
        </Button>
      </div>
      <table className="plan-month__grid">
        <caption className="visually-hidden">{t('annualPlan.month.caption', { month: title })}</caption>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d) ?? ''}>
              {week.map((date, i) =>
                date ? (
                  <td key={date} className={i >= 5 ? 'plan-month__weekend' : undefined}>
                    <span className="plan-month__day" aria-hidden="true">
                      {Number(date.slice(8, 10))}
                    </span>
                    <span className="visually-hidden">{dayLabel(locale, date, true)}</span>
                    <ul className="plan-month__items">
                      {items
                        .filter((item) => isOn(item, date))
                        .map((item) => (
                          <li key={item.id} className={`plan-chip plan-chip--${item.kind}`}>
                            {item.cancelled ? `${t('annualPlan.cancelled')}: ` : ''}
                            {item.startsAt && item.date === date ? `${clock(locale, item.startsAt)} ` : ''}
                            {item.title}
                          </li>
                        ))}
                    </ul>
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty padding cells have only their place
                  <td key={`pad-${i}`} className="plan-month__pad" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="plan-month__days">
        {withItems.length === 0 ? (
          <Paragraph>{t('annualPlan.monthEmpty')}</Paragraph>
        ) : (
          withItems.map(([date, list]) => (
            <section key={date} aria-labelledby={`plan-day-${date}`}>
              <Heading level={3} data-size="2xs" id={`plan-day-${date}`}>
                {dayLabel(locale, date, true)}
              </Heading>
              <ul className="plan-items">
                {list.map((item) => (
                  <PlanItemRow key={item.id} item={item} programmeId={programmeId} canManage={canManage} />
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </section>
  );
}
