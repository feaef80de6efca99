import { Alert, Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { UNIT_TYPES } from '../../../../shared/enums.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink, ButtonLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { deleteResource, type ResourceDetail, resourceFilePath, resourcePath, resourceRoutes } from '../api.ts';
import { formatSize, ResourceTags } from '../components/resource-parts.tsx';
import '../resources.css';

/** One resource: a text rendered from Markdown (sanitised by the server), a link, or a file to download. */
export function ResourcePage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const { resourceId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApiGet<ResourceDetail>(owner ? resourcePath(owner.id, resourceId) : null);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The question replaces the button that asked it: focus goes to its safe answer, not to the page's top.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);
  if (!owner) return <NoOwnerAccess />;
  const back = <AppLink to={resourceRoutes.list}>{t('resources.back')}</AppLink>;
  if (!data) {
    return (
      <Page title={t('resources.title')} back={back}>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {loading ? <Loading /> : null}
      </Page>
    );
  }

  async function remove(resource: ResourceDetail) {
    if (!owner) return;
    try {
      await deleteResource(owner.id, resource.id);
      navigate(resourceRoutes.list, { state: { deleted: resource.title } });
    } catch (err) {
      setDeleteError(errorMessage(err));
    }
  }

  const unitTypes = data.unitTypes.length
    ? UNIT_TYPES.filter((u) => data.unitTypes.includes(u))
        .map((u) => t(`unitType.${u}`))
        .join(', ')
    : t('resources.allUnitTypes');

  return (
    <Page
      title={data.title}
      back={back}
      lead={data.description || null}
      actions={
        data.abilities.manage ? (
          <ButtonLink to={resourceRoutes.edit(data.id)} variant="secondary">
            {t('resources.edit')}
          </ButtonLink>
        ) : null
      }
    >
      <ResourceTags resource={data} />
      {data.kind === 'text' ? (
        // The server renders the Markdown with raw HTML off and only http(s)/mailto links (markdown.ts).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server, see above
        <div className="resource-body" dangerouslySetInnerHTML={{ __html: data.html }} />
      ) : null}
      {data.kind === 'link' && data.url ? (
        <Paragraph className="resource-body">
          <DsLink href={data.url} rel="noopener noreferrer">
            {t('resources.openLink')}: {data.url}
          </DsLink>
        </Paragraph>
      ) : null}
      {data.kind === 'file' && data.file ? (
        <div className="resource-actions">
          <Button asChild>
            <a href={resourceFilePath(owner.id, data.id)} download={data.file.name}>
              {t('resources.download', { name: data.file.name, size: formatSize(locale, data.file.size) })}
            </a>
          </Button>
        </div>
      ) : null}
      <dl className="resource-meta">
        {data.subGoals.length ? (
          <>
            <dt>{t('resources.form.subGoals')}</dt>
            <dd>{data.subGoals.map((g) => t(`mentoring.subGoal.${g}`)).join('; ')}</dd>
          </>
        ) : null}
        <dt>{t('resources.form.unitTypes')}</dt>
        <dd>{unitTypes}</dd>
        <dt>{t('resources.updatedLabel')}</dt>
        <dd>{formatDate(locale, data.updatedAt)}</dd>
      </dl>
      {data.abilities.manage ? (
        <div className="resource-actions">
          {confirming ? (
            <Alert data-color="warning" role="alertdialog" aria-labelledby="resource-delete-q">
              <Paragraph id="resource-delete-q">{t('resources.deleteConfirm', { title: data.title })}</Paragraph>
              <div className="resource-actions">
                <Button data-color="danger" onClick={() => void remove(data)}>
                  {t('resources.delete')}
                </Button>
                <Button
                  ref={cancelButton}
                  variant="secondary"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => deleteButton.current?.focus());
                  }}
                >
                  {t('resources.form.cancel')}
                </Button>
              </div>
              {deleteError ? <Paragraph role="alert">{deleteError}</Paragraph> : null}
            </Alert>
          ) : (
            <Button ref={deleteButton} variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
              {t('resources.delete')}
            </Button>
          )}
        </div>
      ) : null}
    </Page>
  );
}
