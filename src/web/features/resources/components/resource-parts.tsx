import { Tag } from '@digdir/designsystemet-react';
import type { Locale } from '../../../../shared/enums.ts';
import type { ResourceSummary } from '../../../../shared/schemas/resources.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';

/** A file size as people read it: 340 kB, 2,4 MB. */
export function formatSize(locale: Locale, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1024)))} kB`;
  const mb = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return `${formatNumber(locale, mb)} MB`;
}

/** The kind, themes and audience of a resource as tags; the sub-goals and unit types in words. */
export function ResourceTags({ resource }: { resource: ResourceSummary }) {
  const { t } = useI18n();
  return (
    <ul className="resource-tags" aria-label={t('resources.tags')}>
      <li>
        <Tag data-size="sm" data-color="info">
          {t(`resources.kind.${resource.kind}`)}
        </Tag>
      </li>
      {resource.themes.map((theme) => (
        <li key={theme}>
          <Tag data-size="sm" data-color="neutral">
            {t(`resources.theme.${theme}`)}
          </Tag>
        </li>
      ))}
      <li className="resource-tags__audience">
        {t('resources.forAudience')}: {resource.audience.map((a) => t(`resources.audience.${a}`)).join(', ')}
      </li>
    </ul>
  );
}
