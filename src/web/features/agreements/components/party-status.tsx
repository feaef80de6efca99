import '../agreements.css';
import { Tag } from '@digdir/designsystemet-react';
import type { PartyStatus } from '../../../../shared/schemas/agreements.ts';
import { useT } from '../../../lib/i18n.tsx';

const COLOR: Record<PartyStatus['status'], 'success' | 'warning' | 'neutral' | 'danger'> = {
  accepted: 'success',
  outdated: 'warning',
  pending: 'neutral',
  missing: 'danger',
};

/** A party's status in words: accepted, must accept the new version, pending, or no one named yet. */
export function PartyStatusTag({ status }: { status: PartyStatus['status'] }) {
  const t = useT();
  return (
    <Tag data-size="sm" data-color={COLOR[status]}>
      {t(`web.agreements.status.${status}`)}
    </Tag>
  );
}
