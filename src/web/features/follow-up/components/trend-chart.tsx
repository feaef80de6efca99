import { Details, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import type { Compliance } from '../api.ts';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 8, right: 8, top: 12, bottom: 24 };

/**
 * Planned and held minutes added up week by week since the school year began: the gap between the two
 * lines is the time not held. An SVG with a text summary for screen readers, the two lines told apart
 * by dash pattern as well as colour, and the weekly figures in a table under "Vis tall".
 */
export function TrendChart({ trend }: { trend: Compliance['trend'] }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  if (trend.length === 0) return null;
  let planned = 0;
  let held = 0;
  const points = trend.map((w) => {
    planned += w.plannedMinutes;
    held += w.heldMinutes;
    return { weekStart: w.weekStart, planned, held, week: w };
  });
  const max = Math.max(1, planned, held);
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? 0 : (i / (points.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: (typeof points)[number]) => number) =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  const summary = t('followUp.trend.summary', {
    planned: formatNumber(locale, last?.planned ?? 0),
    held: formatNumber(locale, last?.held ?? 0),
    from: formatDate(locale, points[0]?.weekStart),
  });
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="trend__svg">
        <title id={titleId}>{summary}</title>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="trend__axis" />
        <polyline points={line((p) => p.planned)} className="trend__planned" />
        <polyline points={line((p) => p.held)} className="trend__held" />
      </svg>
      <figcaption>
        <span className="trend__key trend__key--planned">{t('followUp.planned')}</span>
        <span className="trend__key trend__key--held">{t('followUp.held')}</span>
        <span>{summary}</span>
      </figcaption>
      <Details>
        <Details.Summary>{t('followUp.trend.showFigures')}</Details.Summary>
        <Details.Content>
          <TableScroll label={t('followUp.trend.caption')}>
            <Table data-size="sm" zebra>
              <caption>{t('followUp.trend.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('followUp.trend.week')}</th>
                  <th scope="col">{t('followUp.planned')}</th>
                  <th scope="col">{t('followUp.held')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.weekStart}>
                    <th scope="row">{formatDate(locale, p.weekStart)}</th>
                    <td>{formatNumber(locale, p.week.plannedMinutes)}</td>
                    <td>{formatNumber(locale, p.week.heldMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableScroll>
        </Details.Content>
      </Details>
    </figure>
  );
}
