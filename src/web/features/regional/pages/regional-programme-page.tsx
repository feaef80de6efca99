import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { type Loaded, useApiGet } from '../../../lib/use-api.ts';
import { RatioText } from '../../follow-up/components/figures.tsx';
import { programmeRoutes } from '../../mentoring/api.ts';
import { CadenceForm, FollowUpForm, type SettingsTarget } from '../../mentoring/components/settings-forms.tsx';
import {
  type RegionalProgramme,
  type RegionalSyncResult,
  regionalProgrammePath,
  regionalRoutes,
  shareKnowledgeBase,
  syncRegionalProgramme,
  updateRegionalProgramme,
} from '../api.ts';

function MembersTable({ programme }: { programme: RegionalProgramme }) {
  const { t, locale } = useI18n();
  const { selectOwner } = useSession();
  const navigate = useNavigate();
  return (
    <section className="section" aria-labelledby="regional-members">
      <Heading level={2} data-size="sm" id="regional-members">
        {t('regional.web.membersTitle')}
      </Heading>
      {programme.members.length === 0 ? (
        <Paragraph>{t('regional.web.noMembers')}</Paragraph>
      ) : (
        <TableScroll labelledBy="regional-members-caption">
          <Table zebra data-size="sm">
            <caption id="regional-members-caption" className="visually-hidden">
              {t('regional.web.membersCaption')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('regional.web.owner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.enrolled')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.notReached')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.matched')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.held')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.behind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('regional.web.signed')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programme.members.map((m) => {
                const o = m.overview;
                const to = programmeRoutes.overview(m.programmeId);
                return (
                  <Table.Row key={m.programmeId}>
                    <Table.HeaderCell scope="row">
                      {/* The owner's programme page reads the session's owner: switch to it first. */}
                      <AppLink
                        to={to}
                        onClick={(event) => {
                          event.preventDefault();
                          selectOwner(m.ownerId);
                          navigate(to);
                        }}
                      >
                        {m.ownerName}
                        <span className="visually-hidden">
                          {' '}
                          – {t('regional.web.openOwner', { owner: m.ownerName })}
                        </span>
                      </AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{formatNumber(locale, o.reach.enrolled)}</Table.Cell>
                    <Table.Cell>{formatNumber(locale, o.reach.notReached)}</Table.Cell>
                    <Table.Cell>{formatNumber(locale, o.matching.accepted)}</Table.Cell>
                    <Table.Cell>
                      <RatioText ratio={o.mentoring.ratio} />
                    </Table.Cell>
                    <Table.Cell>{formatNumber(locale, o.mentoring.behind)}</Table.Cell>
                    <Table.Cell>
                      {formatNumber(locale, o.agreements.signed)} / {formatNumber(locale, o.agreements.count)}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {programme.notJoined.length ? (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {t('regional.web.notJoinedTitle')}
          </Heading>
          <ul>
            {programme.notJoined.map((n) => (
              <li key={n.ownerId}>{t(`regional.web.notJoined.${n.reason}`, { owner: n.ownerName })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}

function SyncSection({ programme, loaded }: { programme: RegionalProgramme; loaded: Loaded<RegionalProgramme> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function sync() {
    setBusy(true);
    setMessage(null);
    setFailure(null);
    try {
      const result = await syncRegionalProgramme(programme.regionId, programme.id);
      setMessage(t('regional.web.synced', { ...result }));
      loaded.reload();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="section" aria-labelledby="regional-sync">
      <Heading level={2} data-size="sm" id="regional-sync">
        {t('regional.web.sync')}
      </Heading>
      <Paragraph data-size="sm">{t('regional.web.syncHelp')}</Paragraph>
      <div role="status">{message ? <Paragraph>{message}</Paragraph> : null}</div>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <div className="form__buttons">
        <Button variant="secondary" loading={busy} onClick={() => void sync()}>
          {t('regional.web.sync')}
        </Button>
      </div>
    </section>
  );
}

/** One member's knowledge base, worked out by the region there, shared with every other member. */
function KnowledgeBaseSection({ programme }: { programme: RegionalProgramme }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(programme.members[0]?.programmeId ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();
  if (programme.members.length < 2) return null;
  async function share(event: FormEvent) {
    event.preventDefault();
    clear();
    setMessage(null);
    setBusy(true);
    try {
      const result = await shareKnowledgeBase(programme.regionId, programme.id, from);
      setMessage(t('regional.web.kbShared', { updated: result.updated }));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="section" aria-labelledby="regional-kb">
      <Heading level={2} data-size="sm" id="regional-kb">
        {t('regional.web.kbTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('regional.web.kbLead')}</Paragraph>
      <form className="form" onSubmit={share} noValidate aria-labelledby="regional-kb">
        <FormProblems problem={problem} form="regional-kb" labels={{ fromProgrammeId: t('regional.web.kbFrom') }} />
        <div className="form__grid">
          <SelectField
            id={fieldId('regional-kb', 'fromProgrammeId')}
            label={t('regional.web.kbFrom')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={fieldError('fromProgrammeId')}
          >
            {programme.members.map((m) => (
              <option key={m.programmeId} value={m.programmeId}>
                {m.ownerName}
              </option>
            ))}
          </SelectField>
        </div>
        <Saved message={message} />
        <div className="form__buttons">
          <Button type="submit" variant="secondary" loading={busy}>
            {t('regional.web.kbShare')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** A region's programme for a school year: its member owners' figures and the settings they share. */
export function RegionalProgrammePage() {
  const { t } = useI18n();
  const { regionId = '', regionalProgrammeId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: RegionalSyncResult } | null)?.created;
  const loaded = useApiGet<RegionalProgramme>(regionalProgrammePath(regionId, regionalProgrammeId));
  const { data, error, loading, reload } = loaded;
  const back = <AppLink to={regionalRoutes.list}>{t('regional.web.back')}</AppLink>;
  if (!data) {
    return (
      <Page title={t('regional.web.title')} back={back}>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  const target: SettingsTarget = {
    name: data.name,
    settings: data.settings,
    canManage: data.canRun,
    save: async (patch) =>
      loaded.setData(
        await updateRegionalProgramme(data.regionId, data.id, {
          version: data.version,
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.settings ? { settings: patch.settings } : {}),
        }),
      ),
  };
  return (
    <Page
      title={data.name}
      back={back}
      lead={t('regional.web.detailLead', { region: data.regionName, schoolYear: data.schoolYear })}
    >
      {created ? (
        <Alert data-color="success">
          <Paragraph>{t('regional.web.created', { ...created })}</Paragraph>
        </Alert>
      ) : null}
      <MembersTable programme={data} />
      <section className="section" aria-labelledby="regional-shared">
        <Heading level={2} data-size="sm" id="regional-shared">
          {t('regional.web.sharedTitle')}
        </Heading>
        <Paragraph data-size="sm">{t('regional.web.sharedLead')}</Paragraph>
      </section>
      <CadenceForm target={target} />
      <FollowUpForm target={target} />
      {data.canRun ? <KnowledgeBaseSection programme={data} /> : null}
      {data.canRun ? <SyncSection programme={data} loaded={loaded} /> : null}
    </Page>
  );
}
