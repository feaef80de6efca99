import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { schoolYearOf } from '../../../../shared/rules/school-year.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { today } from '../../mentoring/api.ts';
import {
  createRegionalProgramme,
  type Region,
  type RegionalProgrammeSummary,
  regionalProgrammesPath,
  regionalRoutes,
  regionsPath,
  runsRegion,
} from '../api.ts';

/** One region: this school year's shared programme (or a button to start it) and the earlier ones. */
function RegionSection({ region }: { region: Region }) {
  const { t, locale } = useI18n();
  const { me } = useSignedIn();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApiGet<{ items: RegionalProgrammeSummary[] }>(
    regionalProgrammesPath(region.id),
  );
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const schoolYear = schoolYearOf(today());
  const current = data?.items.find((p) => p.schoolYear === schoolYear);
  const headingId = `region-${region.id}`;

  async function create() {
    setBusy(true);
    setCreateError(null);
    try {
      const result = await createRegionalProgramme(region.id, schoolYear);
      navigate(regionalRoutes.programme(region.id, result.id), { state: { created: result } });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'REGIONAL_PROGRAMME_EXISTS') reload();
      else setCreateError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {region.name}
      </Heading>
      <Paragraph data-size="sm">{t('regional.web.members', { count: region.ownerIds.length })}</Paragraph>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? (
        <>
          <Heading level={3} data-size="xs">
            {t('regional.web.current', { schoolYear })}
          </Heading>
          {current ? (
            <div className="form__buttons">
              <ButtonLink to={regionalRoutes.programme(region.id, current.id)}>{current.name}</ButtonLink>
            </div>
          ) : (
            <>
              <Paragraph>{t('regional.web.noCurrent', { schoolYear })}</Paragraph>
              {createError ? (
                <Alert data-color="danger" role="alert">
                  <Paragraph>{createError}</Paragraph>
                </Alert>
              ) : null}
              {runsRegion(me, region.id) ? (
                <>
                  <Paragraph data-size="sm">{t('regional.web.createHelp')}</Paragraph>
                  <div className="form__buttons">
                    <Button loading={busy} onClick={() => void create()}>
                      {t('regional.web.create', { schoolYear })}
                    </Button>
                  </div>
                </>
              ) : null}
            </>
          )}
          {data.items.length ? (
            <TableScroll labelledBy={`${headingId}-caption`}>
              <Table zebra data-size="sm">
                <caption id={`${headingId}-caption`}>
                  {t('regional.web.caption')}: {region.name}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('regional.web.schoolYear')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('regional.web.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('regional.web.memberCount')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('web.mentoring.programmes.updated')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...data.items]
                    .sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))
                    .map((p) => (
                      <Table.Row key={p.id}>
                        <Table.Cell className="nowrap">{p.schoolYear}</Table.Cell>
                        <Table.Cell>
                          <AppLink to={regionalRoutes.programme(region.id, p.id)}>{p.name}</AppLink>
                        </Table.Cell>
                        <Table.Cell>{p.memberCount}</Table.Cell>
                        <Table.Cell className="nowrap">{formatDate(locale, p.updatedAt)}</Table.Cell>
                      </Table.Row>
                    ))}
                </Table.Body>
              </Table>
            </TableScroll>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** "Region": the regions the caller has a role in, each with its shared mentoring programmes. */
export function RegionsPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiGet<{ items: Region[] }>(regionsPath);
  return (
    <Page title={t('regional.web.title')} lead={t('regional.web.lead')}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('regional.web.noRegions')}</Paragraph> : null}
      {data?.items.map((region) => (
        <RegionSection key={region.id} region={region} />
      ))}
    </Page>
  );
}
