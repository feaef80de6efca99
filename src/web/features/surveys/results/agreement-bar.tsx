import { useId } from 'react';
import type { QuestionFigures } from '../../../../shared/schemas/survey-results.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';

/*
 * A stacked bar per group for a five-step agreement question (or another numbered scale), like the
 * Veilederkorps evaluation's figures: each step's share of those who answered, with n at the end.
 * Accessible by construction: each bar is an SVG image with a text alternative that reads every share,
 * the numbers are printed in the segments wide enough to hold them, each step has its own pattern as
 * well as its colour (so grey-scale print and colour-blind readers tell them apart), every fill has at
 * least 4.5:1 contrast against white (segments and the white labels in them), and the full data table
 * sits beside the chart.
 */

/** Fills from "to a very small extent" (warm) to "to a very large extent" (dark blue); all ≥ 4.5:1 on white. */
export const STEP_COLOURS = ['#8c2a12', '#b8501f', '#5f6368', '#2e6cad', '#0f3d6b'];
const PATTERNS = ['hatch', 'hatch-sparse', 'dots', 'solid', 'solid'] as const;

export interface BarRow {
  label: string;
  /** Null: suppressed. */
  figures: QuestionFigures | null;
}

export interface BarOption {
  value: string;
  label: string;
}

function colourOf(index: number, count: number): string {
  if (count === 5) return STEP_COLOURS[index] ?? '#5f6368';
  // Other scales: spread over the same ramp.
  const at = count <= 1 ? 0 : Math.round((index / (count - 1)) * (STEP_COLOURS.length - 1));
  return STEP_COLOURS[at] ?? '#5f6368';
}

function patternOf(index: number, count: number) {
  if (count === 5) return PATTERNS[index] ?? 'solid';
  const at = count <= 1 ? 0 : Math.round((index / (count - 1)) * (PATTERNS.length - 1));
  return PATTERNS[at] ?? 'solid';
}

function percent(count: number, of: number): number {
  return of > 0 ? Math.round((count / of) * 100) : 0;
}

export function AgreementBars({
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

  const describe = (row: BarRow, f: QuestionFigures) => {
    const parts = options
      .map((o) => {
        const count = f.counts.find((c) => c.value === o.value)?.count ?? 0;
        return t('surveyResults.chartPart', {
          label: o.label,
          percent: num(percent(count, f.answered)),
          count: num(count),
        });
      })
      .join(', ');
    return t('surveyResults.chartLabel', { question, group: row.label, n: num(f.answered), parts });
  };

  return (
    <figure className="agreement-chart">
      {/* The step patterns, shared by every bar and the legend. */}
      <svg className="agreement-chart__defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          {options.map((o, i) => {
            const colour = colourOf(i, options.length);
            const pattern = patternOf(i, options.length);
            const size = pattern === 'hatch-sparse' ? 10 : 6;
            return (
              <pattern
                key={o.value}
                id={`${id}-p${i}`}
                width={size}
                height={size}
                patternUnits="userSpaceOnUse"
                patternTransform={
                  pattern === 'hatch' ? 'rotate(45)' : pattern === 'hatch-sparse' ? 'rotate(-45)' : undefined
                }
              >
                <rect width="10" height="10" fill={colour} />
                {pattern === 'hatch' ? <rect width="2" height="6" fill="#ffffff" opacity="0.35" /> : null}
                {pattern === 'hatch-sparse' ? <rect width="2" height="10" fill="#ffffff" opacity="0.35" /> : null}
                {pattern === 'dots' ? <circle cx="3" cy="3" r="1.2" fill="#ffffff" opacity="0.45" /> : null}
              </pattern>
            );
          })}
        </defs>
      </svg>
      <div className="agreement-chart__rows">
        {rows.map((row) => {
          const f = row.figures;
          let x = 0;
          return (
            <div className="agreement-chart__row" key={row.label}>
              <span className="agreement-chart__label">{row.label}</span>
              {f && f.answered > 0 ? (
                // Percentages place the segments, so the bar fills any width and its text keeps its size.
                <svg role="img" aria-label={describe(row, f)} className="agreement-chart__bar" width="100%" height="26">
                  {options.map((o, i) => {
                    const count = f.counts.find((c) => c.value === o.value)?.count ?? 0;
                    const share = (count / f.answered) * 100;
                    const at = x;
                    x += share;
                    if (count === 0) return null;
                    return (
                      <g key={o.value}>
                        <rect x={`${at}%`} y="0" width={`${share}%`} height="26" fill={`url(#${id}-p${i})`} />
                        {/* A white hairline between steps, so neighbours never merge. */}
                        {at > 0 ? <rect x={`${at}%`} y="0" width="1.5" height="26" fill="#ffffff" /> : null}
                        {share >= 10 ? (
                          <text
                            x={`${at + share / 2}%`}
                            y="13"
                            dominantBaseline="central"
                            textAnchor="middle"
                            className="agreement-chart__value"
                          >
                            {num(Math.round(share))} %
                          </text>
                        ) : null}
                      </g>
                    );
                  })}
                </svg>
              ) : (
                <span className="agreement-chart__hidden">
                  {f ? (
                    t('surveyResults.noneAnswered')
                  ) : (
                    <>
                      <span aria-hidden="true">
                        {t('surveyResults.suppressedMark')} {t('surveyResults.suppressed')}
                      </span>
                      <span className="visually-hidden">
                        {t('surveyResults.chartSuppressed', { group: row.label, k: minGroupSize })}
                      </span>
                    </>
                  )}
                </span>
              )}
              <span className="agreement-chart__n" aria-hidden="true">
                {f ? `n = ${num(f.answered)}` : ''}
              </span>
            </div>
          );
        })}
      </div>
      <figcaption>
        <ul className="agreement-chart__legend">
          {options.map((o, i) => (
            <li key={o.value}>
              <svg width="18" height="18" aria-hidden="true" focusable="false">
                <rect width="18" height="18" fill={`url(#${id}-p${i})`} stroke="#1e1e1e" strokeWidth="1" />
              </svg>
              {o.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
