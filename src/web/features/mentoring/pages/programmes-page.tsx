import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { schoolYearOf } from '../../../../shared/rules/school-year.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { createProgramme, type ProgrammeSummary, programmeRoutes, programmesPath, today } from '../api.ts';

/** "Veiledningsordningen": this school year's programme (or a button to start it) and the earlier ones. */
export function ProgrammesPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApiGet<{ items: ProgrammeSummary[] }>(
    owner?.abilities.viewOrganisation ? programmesPath(owner.id) : null,
  );
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;

  const schoolYear = schoolYearOf(today());
  const current = data?.items.find((p) => p.schoolYear === schoolYear);
  // Write actions follow the owner's "keep the organisation" ability until `Me` carries one for
  // programmes; the server decides in the end, and its 403 is shown as said.
  const canCreate = owner.abilities.manageOrganisation;

  async function create() {
    if (!owner) return;
    setBusy(true);
    setCreateError(null);
    try {
      const programme = await createProgramme(owner.id, schoolYear);
      navigate(programmeRoutes.overview(programme.id), { state: { saved: 'created' } });
    } catch (err) {
      // Someone else started it a moment ago: show theirs.
      if (err instanceof ApiError && err.code === 'PROGRAMME_EXISTS') reload();
      else setCreateError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Page title={t('web.mentoring.programmes.title')} lead={t('web.mentoring.programmes.lead', { owner: owner.name })}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? (
        <>
          <section className="section" aria-labelledby="programme-current">
            <Heading level={2} data-size="sm" id="programme-current">
              {t('web.mentoring.programmes.current', { schoolYear })}
            </Heading>
            {current ? (
              <>
                <Paragraph>{current.name}</Paragraph>
                <div className="form__buttons">
                  <ButtonLink to={programmeRoutes.overview(current.id)}>
                    {t('web.mentoring.programmes.open')}
                  </ButtonLink>
                </div>
              </>
            ) : (
              <>
                <Paragraph>{t('web.mentoring.programmes.noCurrent', { schoolYear })}</Paragraph>
                {createError ? (
                  <Alert data-color="danger" role="alert">
                    <Paragraph>{createError}</Paragraph>
                  </Alert>
                ) : null}
                {canCreate ? (
                  <div className="form__buttons">
                    <Button loading={busy} onClick={() => void create()}>
                      {t('web.mentoring.programmes.create', { schoolYear })}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </section>
          <div className="table-scroll section">
            <Table zebra data-size="sm">
              <caption>{t('web.mentoring.programmes.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.mentoring.programmes.schoolYear')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.programmes.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.programmes.updated')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.length === 0 ? (
                  <Table.Row>
                    <Table.Cell colSpan={3}>{t('web.mentoring.programmes.empty')}</Table.Cell>
                  </Table.Row>
                ) : (
                  [...data.items]
                    .sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))
                    .map((p) => (
                      <Table.Row key={p.id}>
                        <Table.Cell className="nowrap">{p.schoolYear}</Table.Cell>
                        <Table.Cell>
                          <AppLink to={programmeRoutes.overview(p.id)}>{p.name}</AppLink>
                        </Table.Cell>
                        <Table.Cell className="nowrap">{formatDate(locale, p.updatedAt)}</Table.Cell>
                      </Table.Row>
                    ))
                )}
              </Table.Body>
            </Table>
          </div>
        </>
      ) : null}
    </Page>
  );
}
