import { useId } from 'react';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import type { BarOption, BarRow } from './agreement-bar.tsx';

/*
 * Horizontal bars for a single or multiple choice question: per group (all respondents, or each group
 * of the chosen breakdown), one bar per option, its length the option's share of those who answered.
 * The figures are text, not only bars: each option row reads "label — 40 % (9)", the group's n is in
 * its heading, and the bars themselves are decorative (aria-hidden); the data table sits beside it.
 * Suppressed groups (figures null, from the results' suppression plan) show only "– Hidden".
 * Bar fill #2e6cad has 5.6:1 contrast on white.
 */
const BAR_FILL = '#2e6cad';

export function ChoiceBars({
  question,
  options,
  rows,
  minGroupSize,
}: {
  question: string;
  options: BarOption[];
  rows: BarRow[];
  minGroupSize: number;
}) {
  const { t, locale } = useI18n();
  const id = useId().replace(/:/g, '');
  const num = (value: number) => formatNumber(locale, value);

  return (
    <figure className="choice-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="visually-hidden">
        {t('surveyResults.choiceChart', { question })}
      </figcaption>
      {rows.map((row, r) => {
        const f = row.figures;
        const groupId = `${id}-g${r}`;
        return (
          <section className="choice-chart__group" key={row.label} aria-labelledby={groupId}>
            <p className="choice-chart__group-label" id={groupId}>
              <strong>{row.label}</strong> {f ? <span>(n = {num(f.answered)})</span> : null}
            </p>
            {!f ? (
              <p className="choice-chart__hidden">
                <span aria-hidden="true">
                  {t('surveyResults.suppressedMark')} {t('surveyResults.suppressed')}
                </span>
                <span className="visually-hidden">
                  {t('surveyResults.chartSuppressed', { group: row.label, k: minGroupSize })}
                </span>
              </p>
            ) : f.answered === 0 ? (
              <p className="choice-chart__hidden">{t('surveyResults.noneAnswered')}</p>
            ) : (
              <ul className="choice-chart__options">
                {options.map((o) => {
                  const count = f.counts.find((c) => c.value === o.value)?.count ?? 0;
                  const share = Math.round((count / f.answered) * 100);
                  return (
                    <li key={o.value} className="choice-chart__option">
                      <span className="choice-chart__label">{o.label}</span>
                      <svg className="choice-chart__bar" width="100%" height="18" aria-hidden="true" focusable="false">
                        <rect x="0" y="0" width="100%" height="18" fill="#f1f3f5" />
                        {count > 0 ? (
                          <rect
                            x="0"
                            y="0"
                            width={`${Math.max((count / f.answered) * 100, 0.8)}%`}
                            height="18"
                            fill={BAR_FILL}
                          />
                        ) : null}
                      </svg>
                      <span className="choice-chart__value">
                        {num(share)} % ({num(count)})
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </figure>
  );
}
