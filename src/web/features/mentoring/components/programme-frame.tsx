import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { NavLink, useParams } from 'react-router';
import { type MeOwner, useSignedIn } from '../../../app/session.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { type Loaded, useApiGet } from '../../../lib/use-api.ts';
import { type Programme, programmePath, programmeRoutes } from '../api.ts';

export interface ProgrammeContext {
  owner: MeOwner;
  programme: Programme;
  /** The server's word on whether the caller may change this programme (settings, enrolments, mentors). */
  canManage: boolean;
  loaded: Loaded<Programme>;
}

/** The owner (when the caller may view its programmes) and the programme of the route's `:programmeId`. */
export function useProgramme() {
  const { owner } = useSignedIn();
  const { programmeId = '' } = useParams();
  const allowed = owner?.abilities.viewOrganisation ? owner : null;
  const loaded = useApiGet<Programme>(allowed ? programmePath(allowed.id, programmeId) : null);
  return { owner: allowed, programmeId, loaded };
}

/** The programme's parts, as a row of links under the heading (each part is its own page). */
function ProgrammeNav({ programmeId }: { programmeId: string }) {
  const t = useT();
  const items = [
    { to: programmeRoutes.overview(programmeId), label: t('web.mentoring.nav.reach'), end: true },
    { to: programmeRoutes.mentors(programmeId), label: t('web.mentoring.nav.mentors') },
    { to: programmeRoutes.matching(programmeId), label: t('web.mentoring.nav.matching') },
    { to: `/veiledning/${programmeId}/oppfolging`, label: t('followUp.nav.part') },
    { to: `/veiledning/${programmeId}/avtaler`, label: t('web.agreements.nav.part') },
    { to: `/veiledning/${programmeId}/nettverk`, label: t('web.networks.nav.part') },
    { to: `/veiledning/${programmeId}/arshjul`, label: t('annualPlan.page.programmeLink') },
    { to: `/veiledning/${programmeId}/kunnskapsgrunnlag`, label: t('web.knowledgeBase.nav.part') },
    { to: `/veiledning/${programmeId}/kvalitet`, label: t('web.qualityCycle.nav.part') },
    { to: `/veiledning/${programmeId}/arsrapport`, label: t('web.annualReport.nav') },
    { to: programmeRoutes.settings(programmeId), label: t('web.mentoring.nav.settings') },
  ];
  return (
    <nav aria-label={t('web.mentoring.nav.label')} className="sub-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of one programme: back to the list, its h1, the programme's name and the part links. */
export function ProgrammePage({
  title,
  programme,
  back,
  actions,
  children,
}: {
  title: string;
  programme?: Programme;
  back?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Page
      title={title}
      back={back ?? <AppLink to={programmeRoutes.list}>{t('web.mentoring.back')}</AppLink>}
      lead={programme ? <Paragraph>{programme.name}</Paragraph> : undefined}
      actions={actions}
    >
      {programme ? <ProgrammeNav programmeId={programme.id} /> : null}
      {children}
    </Page>
  );
}

/** Renders `children` once the programme is loaded; until then (or when it cannot be) the page still has its heading. */
export function ProgrammeGate({
  title,
  state,
  children,
}: {
  title: string;
  state: ReturnType<typeof useProgramme>;
  children: (ctx: ProgrammeContext) => ReactNode;
}) {
  const { owner, loaded } = state;
  if (!owner) return <NoOwnerAccess />;
  if (loaded.data) {
    return children({ owner, programme: loaded.data, canManage: loaded.data.abilities.manage, loaded });
  }
  return (
    <ProgrammePage title={title}>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Loading />}
    </ProgrammePage>
  );
}
