import { Checkbox, Label, Search, Table, Tag } from '@digdir/designsystemet-react';
import { useSignedIn } from '../../../app/session.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { useListFilters } from '../../../lib/list-filters.ts';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { Pager } from '../../../lib/pager.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import type { PageOf } from '../../units/api.ts';
import { type Person, peoplePath } from '../api.ts';

const LIMIT = 50;

export function PeoplePage() {
  const { t } = useI18n();
  const { owner } = useSignedIn();
  const { q, includeInactive, offset, draft, setDraft, update, search } = useListFilters(LIMIT);
  const { data, error, loading, reload } = useApiGet<PageOf<Person>>(
    owner?.abilities.viewOrganisation ? peoplePath(owner.id, { q, includeInactive, limit: LIMIT, offset }) : null,
  );
  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;

  return (
    <Page
      title={t('web.people.title')}
      lead={t('web.people.lead', { owner: owner.name })}
      actions={
        owner.abilities.manageOrganisation ? (
          <>
            <ButtonLink to="/personer/ny">{t('web.people.new')}</ButtonLink>
            <ButtonLink to="/import?type=people" variant="secondary">
              {t('web.people.import')}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <div className="filters section">
        <search className="filters__search">
          <form onSubmit={search}>
            <Label htmlFor="people-q">{t('web.people.search')}</Label>
            <Search>
              <Search.Input id="people-q" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} />
              <Search.Button>{t('web.common.search')}</Search.Button>
            </Search>
          </form>
        </search>
        <Checkbox
          label={t('web.people.showInactive')}
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
              <caption>{t('web.people.caption', { count: data.total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.people.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.people.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.people.employeeNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.people.login')}</Table.HeaderCell>
                  {/* Without deactivated rows every row is active: the column would only be noise. */}
                  {includeInactive ? <Table.HeaderCell>{t('web.common.status')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.length === 0 ? (
                  <Table.Row>
                    <Table.Cell colSpan={includeInactive ? 5 : 4}>{t('web.people.empty')}</Table.Cell>
                  </Table.Row>
                ) : (
                  data.items.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.Cell>
                        <AppLink to={`/personer/${p.id}`}>
                          {p.familyName}, {p.givenName}
                        </AppLink>
                      </Table.Cell>
                      <Table.Cell>{p.email}</Table.Cell>
                      <Table.Cell className="nowrap">{p.employeeNumber}</Table.Cell>
                      <Table.Cell>{p.hasAccount ? t('web.common.yes') : t('web.common.no')}</Table.Cell>
                      {includeInactive ? (
                        <Table.Cell>
                          {p.active ? (
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
            label={t('web.people.title')}
            onOffset={(next) => update({ side: next > 0 ? String(next / LIMIT + 1) : null })}
          />
        </>
      ) : null}
    </Page>
  );
}
