import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Person, Unit } from '../../../../shared/schemas/organisation.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { withQuery } from '../../../lib/api.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { Pager } from '../../../lib/pager.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type PageOf, unitPath, updateUnit } from '../api.ts';
import { UnitForm } from '../components/unit-form.tsx';

const PEOPLE_LIMIT = 50;

function UnitPeople({ ownerId, unitId }: { ownerId: string; unitId: string }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useApiGet<PageOf<Person>>(
    withQuery(`/api/owners/${ownerId}/people`, { unitId, limit: PEOPLE_LIMIT, offset }),
  );
  return (
    <section className="section" aria-labelledby="unit-people">
      <Heading level={2} data-size="sm" id="unit-people">
        {t('web.unit.people')}
      </Heading>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data && data.total === 0 ? <Paragraph>{t('web.unit.noPeople')}</Paragraph> : null}
      {data && data.total > 0 ? (
        <>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('web.unit.peopleCaption', { count: data.total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.people.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.people.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.people.employeeNumber')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <AppLink to={`/personer/${p.id}`}>
                        {p.givenName} {p.familyName}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{p.email}</Table.Cell>
                    <Table.Cell>{p.employeeNumber}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager
            total={data.total}
            limit={PEOPLE_LIMIT}
            offset={offset}
            onOffset={setOffset}
            label={t('web.unit.people')}
          />
        </>
      ) : null}
    </section>
  );
}

export function UnitPage() {
  const { t } = useI18n();
  const { owner } = useSignedIn();
  const { unitId = '' } = useParams();
  const location = useLocation();
  const createdNow = (location.state as { saved?: string } | null)?.saved === 'created';
  const {
    data: unit,
    error,
    loading,
    reload,
    setData,
  } = useApiGet<Unit>(owner?.abilities.viewOrganisation ? unitPath(owner.id, unitId) : null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(createdNow ? t('web.unit.created') : null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;
  if (error) {
    return (
      <Page title={t('web.unit.title')}>
        <LoadError error={error} onRetry={reload} />
      </Page>
    );
  }
  if (!unit) return loading ? <Loading /> : null;
  const canManage = owner.abilities.manageOrganisation;

  async function setActive(active: boolean) {
    if (!owner || !unit) return;
    setBusy(true);
    setActionError(null);
    try {
      setData(await updateUnit(owner.id, unit.id, { active }));
      setSaved(active ? t('web.unit.reactivated') : t('web.unit.deactivated'));
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      back={<AppLink to="/enheter">{t('web.unit.back')}</AppLink>}
      title={unit.name}
      lead={
        <Paragraph>
          {t(`unitType.${unit.unitType}`)}
          {unit.active ? null : (
            <>
              {' '}
              <Tag data-color="warning">{t('web.common.inactive')}</Tag>
            </>
          )}
        </Paragraph>
      }
      actions={
        canManage && !editing ? (
          <>
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('web.common.edit')}
            </Button>
            <Button variant="secondary" loading={busy} onClick={() => void setActive(!unit.active)}>
              {unit.active ? t('web.unit.deactivate') : t('web.unit.reactivate')}
            </Button>
          </>
        ) : null
      }
    >
      <Saved message={saved} />
      {actionError ? <LoadError error={actionError} /> : null}

      <section className="section" aria-labelledby="unit-details">
        <Heading level={2} data-size="sm" id="unit-details">
          {editing ? t('web.unit.editTitle') : t('web.unit.details')}
        </Heading>
        {editing ? (
          <UnitForm
            unit={unit}
            submitLabel={t('web.common.save')}
            onCancel={() => setEditing(false)}
            onSave={async (input) => {
              setData(await updateUnit(owner.id, unit.id, input));
              setEditing(false);
              setSaved(t('web.common.saved'));
            }}
          />
        ) : (
          <dl className="facts">
            <dt>{t('web.units.orgNumber')}</dt>
            <dd>{unit.orgNumber}</dd>
            <dt>{t('web.units.unitType')}</dt>
            <dd>{t(`unitType.${unit.unitType}`)}</dd>
            <dt>{t('web.units.address')}</dt>
            <dd>
              {[unit.streetAddress, [unit.postalCode, unit.postalPlace].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ') || t('web.common.none')}
            </dd>
            <dt>{t('web.common.status')}</dt>
            <dd>{unit.active ? t('web.common.active') : t('web.common.inactive')}</dd>
          </dl>
        )}
      </section>

      <UnitPeople ownerId={owner.id} unitId={unit.id} />
    </Page>
  );
}
