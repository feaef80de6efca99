import { Pagination, Paragraph, usePagination } from '@digdir/designsystemet-react';
import { formatNumber, useI18n } from './i18n.tsx';

/** "Showing 51–100 of 234" and page buttons under a list that the server pages with limit/offset. */
export function Pager({
  total,
  limit,
  offset,
  onOffset,
  label,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
  /** Names the list, so two pagers on one page are told apart. */
  label: string;
}) {
  const { t, locale } = useI18n();
  const totalPages = Math.max(1, Math.ceil(total / limit));
  const currentPage = Math.min(totalPages, Math.floor(offset / limit) + 1);
  // Designsystemet's pattern: prev/next are always there (the first and last item get the arrows);
  // on the first or last page the hook marks them aria-hidden and the CSS hides them (visibility).
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage,
    totalPages,
    showPages: 5,
    setCurrentPage: (page) => onOffset((page - 1) * limit),
  });
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  return (
    <div className="pager">
      <Paragraph data-size="sm" role="status">
        {t('web.pager.showing', {
          from: formatNumber(locale, from),
          to: formatNumber(locale, to),
          total: formatNumber(locale, total),
        })}
      </Paragraph>
      {totalPages > 1 ? (
        <Pagination aria-label={t('web.pager.label', { list: label })} data-size="sm">
          <Pagination.List>
            <Pagination.Item>
              <Pagination.Button {...prevButtonProps} variant="tertiary">
                {t('web.pager.previous')}
              </Pagination.Button>
            </Pagination.Item>
            {pages.map(({ page, itemKey, buttonProps }) => (
              <Pagination.Item key={itemKey}>
                {typeof page === 'number' && buttonProps ? (
                  <Pagination.Button {...buttonProps} aria-label={t('web.pager.page', { page })} variant="tertiary">
                    {page}
                  </Pagination.Button>
                ) : null}
              </Pagination.Item>
            ))}
            <Pagination.Item>
              <Pagination.Button {...nextButtonProps} variant="tertiary">
                {t('web.pager.next')}
              </Pagination.Button>
            </Pagination.Item>
          </Pagination.List>
        </Pagination>
      ) : null}
    </div>
  );
}

/** Reads paging from the URL (`side`, 1-based), so Back and shared links keep the page. */
export function pageOffset(params: URLSearchParams, limit: number): number {
  const page = Number(params.get('side') ?? '1');
  return Number.isInteger(page) && page > 1 ? (page - 1) * limit : 0;
}
