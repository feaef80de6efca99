import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from './i18n.tsx';

// The first page shown keeps focus where the browser puts it; after that, each navigation moves focus
// to the new page's heading so screen-reader and keyboard users know the page changed.
let hasRendered = false;

/** A page: its one h1, the document title, and focus on the heading after a navigation. */
export function Page({
  title,
  back,
  lead,
  actions,
  children,
}: {
  title: string;
  /** A link back to the list the page was opened from, above the heading. */
  back?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (hasRendered) heading.current?.focus({ preventScroll: false });
    hasRendered = true;
  }, []);

  return (
    <div className="page">
      {back ? <div className="page__back">{back}</div> : null}
      <div className="page__head">
        <div>
          <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="page__title">
            {title}
          </Heading>
          {lead ? <div className="page__lead">{lead}</div> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
