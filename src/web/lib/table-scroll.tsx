import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its box on a phone instead of widening the page. The box
 * is a named, focusable region, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 * Name it with `label`, or with `labelledBy` pointing at the table's caption.
 */
export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
