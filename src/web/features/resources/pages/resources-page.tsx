import { Button, Heading, Label, Paragraph, Search } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { UNIT_TYPES } from '../../../../shared/enums.ts';
import { SUB_GOALS } from '../../../../shared/rules/sub-goals.ts';
import { RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_THEMES } from '../../../../shared/schemas/resources.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { SelectField } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { useListFilters } from '../../../lib/list-filters.ts';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { Pager } from '../../../lib/pager.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type ResourceList, resourceRoutes, resourcesPath } from '../api.ts';
import { ResourceTags } from '../components/resource-parts.tsx';
import '../resources.css';

const LIMIT = 30;

/** A URL parameter that must be one of `values`, else ''. */
function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : '';
}

/**
 * The resource bank: search (Norwegian stemming on the server), filters kept in the URL, and the
 * resources meant for the reader's roles. Coordinators also filter by audience and add resources.
 */
export function ResourcesPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const { params, q, offset, draft, setDraft, update, search } = useListFilters(LIMIT);
  const kind = oneOf(RESOURCE_KINDS, params.get('type'));
  const subGoal = oneOf(SUB_GOALS, params.get('delmaal'));
  const theme = oneOf(RESOURCE_THEMES, params.get('tema'));
  const unitType = oneOf(UNIT_TYPES, params.get('enhetstype'));
  const audience = oneOf(RESOURCE_AUDIENCES, params.get('for'));
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const filtered = Boolean(q || kind || subGoal || theme || unitType || audience);

  const path = owner
    ? resourcesPath(owner.id, { q, kind, subGoal, theme, unitType, audience, limit: LIMIT, offset })
    : null;
  const { data, error, loading, reload } = useApiGet<ResourceList>(path);
  if (!owner) return <NoOwnerAccess />;
  const manage = data?.abilities.manage ?? false;

  return (
    <Page
      title={t('resources.title')}
      lead={t('resources.intro')}
      actions={manage ? <ButtonLink to={resourceRoutes.create}>{t('resources.new')}</ButtonLink> : null}
    >
      <Saved message={deleted ? t('resources.deleted', { title: deleted }) : null} />
      <search className="resource-filters section">
        <form onSubmit={search} className="resource-filters__search">
          <Label htmlFor="resources-q">{t('resources.search.label')}</Label>
          <Paragraph data-size="sm" id="resources-q-help" className="resource-filters__help">
            {t('resources.search.description')}
          </Paragraph>
          <Search>
            <Search.Input
              id="resources-q"
              name="q"
              aria-describedby="resources-q-help"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <Search.Button>{t('resources.search.submit')}</Search.Button>
          </Search>
        </form>
        <div className="resource-filters__selects">
          <SelectField
            label={t('resources.filters.kind')}
            value={kind}
            onChange={(e) => update({ type: e.target.value || null })}
          >
            <option value="">{t('resources.filters.all')}</option>
            {RESOURCE_KINDS.map((code) => (
              <option key={code} value={code}>
                {t(`resources.kind.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('resources.filters.theme')}
            value={theme}
            onChange={(e) => update({ tema: e.target.value || null })}
          >
            <option value="">{t('resources.filters.all')}</option>
            {RESOURCE_THEMES.map((code) => (
              <option key={code} value={code}>
                {t(`resources.theme.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('resources.filters.subGoal')}
            value={subGoal}
            onChange={(e) => update({ delmaal: e.target.value || null })}
          >
            <option value="">{t('resources.filters.all')}</option>
            {SUB_GOALS.map((code) => (
              <option key={code} value={code}>
                {t(`mentoring.subGoal.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('resources.filters.unitType')}
            value={unitType}
            onChange={(e) => update({ enhetstype: e.target.value || null })}
          >
            <option value="">{t('resources.filters.all')}</option>
            {UNIT_TYPES.map((code) => (
              <option key={code} value={code}>
                {t(`unitType.${code}`)}
              </option>
            ))}
          </SelectField>
          {manage ? (
            <SelectField
              label={t('resources.filters.audience')}
              value={audience}
              onChange={(e) => update({ for: e.target.value || null })}
            >
              <option value="">{t('resources.filters.all')}</option>
              {RESOURCE_AUDIENCES.map((code) => (
                <option key={code} value={code}>
                  {t(`resources.audience.${code}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {filtered ? (
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setDraft('');
              update({ q: null, type: null, tema: null, delmaal: null, enhetstype: null, for: null });
            }}
          >
            {t('resources.filters.clear')}
          </Button>
        ) : null}
      </search>

      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="resources-count" aria-busy={loading || undefined} className="section">
          <Heading level={2} data-size="xs" id="resources-count" aria-live="polite">
            {t('resources.count', { count: data.total })}
          </Heading>
          {data.items.length === 0 ? (
            <Paragraph>{filtered ? t('resources.empty') : t('resources.emptyBank')}</Paragraph>
          ) : (
            <ul className="resource-list">
              {data.items.map((resource) => (
                <li key={resource.id} className="resource-card">
                  <Heading level={3} data-size="2xs">
                    <AppLink to={resourceRoutes.view(resource.id)}>{resource.title}</AppLink>
                  </Heading>
                  {resource.description ? <Paragraph data-size="sm">{resource.description}</Paragraph> : null}
                  <ResourceTags resource={resource} />
                  <Paragraph data-size="xs" className="resource-card__updated">
                    {t('resources.updated', { date: formatDate(locale, resource.updatedAt) })}
                  </Paragraph>
                </li>
              ))}
            </ul>
          )}
          <Pager
            total={data.total}
            limit={LIMIT}
            offset={offset}
            label={t('resources.title')}
            onOffset={(next) => update({ side: next > 0 ? String(next / LIMIT + 1) : null })}
          />
        </section>
      ) : null}
    </Page>
  );
}
