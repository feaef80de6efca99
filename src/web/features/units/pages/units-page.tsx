import { Checkbox, Label, Search, Table, Tag } from '@digdir/designsystemet-react';
import { UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import type { Unit } from '../../../../shared/schemas/organisation.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { SelectField } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { useListFilters } from '../../../lib/list-filters.ts';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { Pager } from '../../../lib/pager.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type PageOf, unitsPath } from '../api.ts';

const LIMIT = 50;

function isUnitType(value: string | null): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value ?? '');
}

export function UnitsPage() {
  const { t } = useI18n();
  const { owner } = useSignedIn();
  const { params, q, includeInactive, offset, draft, setDraft, update, search } = useListFilters(LIMIT);
  const typeParam = params.get('type');
  const unitType = isUnitType(typeParam) ? typeParam : '';

  const path = owner?.abilities.viewOrganisation
    ? unitsPath(owner.id, { q, unitType, includeInactive, limit: LIMIT, offset })
    : null;
  const { data, error, loading, reload } = useApiGet<PageOf<Unit>>(path);
  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;

  return (
    <Page
      title={t('web.units.title')}
      lead={t('web.units.lead', { owner: owner.name })}
      actions={
        owner.abilities.manageOrganisation ? (
          <>
            <ButtonLink to="/enheter/ny">{t('web.units.new')}</ButtonLink>
            <ButtonLink to="/import?type=units" variant="secondary">
              {t('web.units.import')}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <div className="filters section">
        <search className="filters__search">
          <form onSubmit={search}>
            <Label htmlFor="units-q">{t('web.units.search')}</Label>
            <Search>
              <Search.Input id="units-q" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} />
              <Search.Button>{t('web.common.search')}</Search.Button>
            </Search>
          </form>
        </search>
        <SelectField
          label={t('web.units.unitType')}
          width="auto"
          value={unitType}
          onChange={(e) => update({ type: e.target.value || null })}
        >
          <option value="">{t('web.units.allTypes')}</option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`unitType.${type}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t('web.units.showInactive')}
          checked={includeInactive}
          onChange={(e) => update({ inaktive: e.target.checked ? '1' : null })}
        />
      </div>

      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? (
        <>
          <div className="table-scroll section">
            <Table zebra data-size="sm" aria-busy={loading || undefined}>
              <caption>{t('web.units.caption', { count: data.total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.units.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.units.unitType')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.units.orgNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.units.postalPlace')}</Table.HeaderCell>
                  {/* Without deactivated rows every row is active: the column would only be noise. */}
                  {includeInactive ? <Table.HeaderCell>{t('web.common.status')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.length === 0 ? (
                  <Table.Row>
                    <Table.Cell colSpan={includeInactive ? 5 : 4}>{t('web.units.empty')}</Table.Cell>
                  </Table.Row>
                ) : (
                  data.items.map((unit) => (
                    <Table.Row key={unit.id}>
                      <Table.Cell>
                        <AppLink to={`/enheter/${unit.id}`}>{unit.name}</AppLink>
                      </Table.Cell>
                      <Table.Cell>{t(`unitType.${unit.unitType}`)}</Table.Cell>
                      <Table.Cell className="nowrap">{unit.orgNumber}</Table.Cell>
                      <Table.Cell>{unit.postalPlace}</Table.Cell>
                      {includeInactive ? (
                        <Table.Cell>
                          {unit.active ? (
                            t('web.common.active')
                          ) : (
                            <Tag data-color="warning">{t('web.common.inactive')}</Tag>
                          )}
                        </Table.Cell>
                      ) : null}
                    </Table.Row>
                  ))
                )}
              </Table.Body>
            </Table>
          </div>
          <Pager
            total={data.total}
            limit={LIMIT}
            offset={offset}
            label={t('web.units.title')}
            onOffset={(next) => update({ side: next > 0 ? String(next / LIMIT + 1) : null })}
          />
        </>
      ) : null}
    </Page>
  );
}
