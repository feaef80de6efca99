import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { pageOffset } from './pager.tsx';

/**
 * The filters of a list page, kept in the URL: Back returns to the same list, and a link to it can be
 * shared. `update` sets or clears parameters; any change but paging starts from the first page.
 */
export function useListFilters(limit: number) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);

  function update(changes: Record<string, string | null>) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('side' in changes)) next.delete('side');
      return next;
    });
  }

  function search(event: FormEvent) {
    event.preventDefault();
    update({ q: draft.trim() || null });
  }

  return {
    params,
    q,
    includeInactive: params.get('inaktive') === '1',
    offset: pageOffset(params, limit),
    draft,
    setDraft,
    update,
    search,
  };
}
