import { Alert, Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useSignedIn } from '../../../app/session.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type PersonDetail, personPath, updatePerson } from '../api.ts';
import { DetailsSection } from '../components/details-section.tsx';
import { EmploymentsSection } from '../components/employments-section.tsx';
import { RolesSection } from '../components/roles-section.tsx';

export function PersonPage() {
  const t = useT();
  const { owner } = useSignedIn();
  const { personId = '' } = useParams();
  const location = useLocation();
  const createdNow = (location.state as { saved?: string } | null)?.saved === 'created';
  const {
    data: person,
    error,
    loading,
    reload,
    setData,
  } = useApiGet<PersonDetail>(owner?.abilities.viewOrganisation ? personPath(owner.id, personId) : null);
  const [message, setMessage] = useState<string | null>(createdNow ? t('web.person.created') : null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!owner?.abilities.viewOrganisation) return <NoOwnerAccess />;
  if (error) {
    return (
      <Page title={t('web.person.title')}>
        <LoadError error={error} onRetry={reload} />
      </Page>
    );
  }
  if (!person) return loading ? <Loading /> : null;
  // Deactivating someone who can log in ends their login too, which only access managers may do.
  const canManage = owner.abilities.manageOrganisation && (!person.hasAccount || owner.abilities.manageAccess);

  const saved = (next: PersonDetail, text: string) => {
    setData(next);
    setMessage(text);
  };

  async function setActive(active: boolean) {
    if (!owner || !person) return;
    setBusy(true);
    setActionError(null);
    try {
      saved(
        await updatePerson(owner.id, person.id, { active }),
        active ? t('web.person.reactivated') : t('web.person.deactivated'),
      );
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      back={<AppLink to="/personer">{t('web.person.back')}</AppLink>}
      title={`${person.givenName} ${person.familyName}`}
      lead={
        <Paragraph>
          {t('web.person.lead', { number: person.employeeNumber })}
          {person.active ? null : (
            <>
              {' '}
              <Tag data-color="warning">{t('web.common.inactive')}</Tag>
            </>
          )}
        </Paragraph>
      }
      actions={
        canManage ? (
          <Button variant="secondary" loading={busy} onClick={() => void setActive(!person.active)}>
            {person.active ? t('web.person.deactivate') : t('web.person.reactivate')}
          </Button>
        ) : null
      }
    >
      <Saved message={message} />
      {actionError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{actionError}</Paragraph>
        </Alert>
      ) : null}
      <DetailsSection owner={owner} person={person} onSaved={saved} />
      <EmploymentsSection owner={owner} person={person} onSaved={setData} />
      <RolesSection owner={owner} person={person} onChanged={(next) => (next ? setData(next) : reload())} />
    </Page>
  );
}
