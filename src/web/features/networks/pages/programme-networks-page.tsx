import { Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { NETWORK_KINDS } from '../../../../shared/schemas/networks.ts';
import { FormProblems, fieldId, numberOrNull, useFormProblem } from '../../../lib/form.tsx';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import { meetingRoutes } from '../../network-meetings/api.ts';
import {
  moveMember,
  type NetworkIssue,
  type NetworkKind,
  type NetworkProposal,
  type NetworkView,
  networksPath,
  proposeNetwork,
  saveProposal,
} from '../api.ts';
import { GroupCard, MemberTable } from '../components/group-card.tsx';
import { IssueList, issuesOf } from '../components/issues.tsx';
import '../networks.css';

const FORM = 'network-rules';

function ProposalSection({
  proposal,
  path,
  onSaved,
  onDiscard,
}: {
  proposal: NetworkProposal;
  path: string;
  onSaved: (view: NetworkView) => void;
  onDiscard: () => void;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<NetworkIssue[]>([]);
  const { problem, fail, clear } = useFormProblem();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new proposal takes focus, so a keyboard or screen-reader user lands on what the button made.
  useEffect(() => {
    if (proposal) heading.current?.focus();
  }, [proposal]);
  const seconds = formatNumber(locale, Math.round(proposal.solveSeconds * 10) / 10);
  const gap = `${formatNumber(locale, Math.round((proposal.gap ?? 0) * 1000) / 10)} %`;
  return (
    <section className="section" aria-labelledby="network-proposal">
      <Heading level={2} data-size="sm" id="network-proposal" ref={heading} tabIndex={-1}>
        {t('web.networks.proposal.title')}
      </Heading>
      {proposal.status === 'infeasible' ? (
        <IssueList
          title={t('web.networks.proposal.infeasible')}
          issues={proposal.issues}
          headingId="network-proposal-issues"
        />
      ) : (
        <>
          <Paragraph>
            {proposal.status === 'optimal'
              ? t('web.networks.proposal.optimal', { seconds })
              : t('web.networks.proposal.feasible', { gap, seconds })}
          </Paragraph>
          {proposal.separatedFromLastYear > 0 ? (
            <Paragraph data-size="sm">
              {t('web.networks.proposal.separated', { count: formatNumber(locale, proposal.separatedFromLastYear) })}
            </Paragraph>
          ) : null}
          <Paragraph data-size="sm">{t('web.networks.proposal.replaces')}</Paragraph>
          <IssueList title={t('web.networks.issues.title')} issues={refused} headingId="network-save-issues" />
          <FormProblems problem={problem} form="network-save" labels={{}} />
          <div className="network-actions">
            <Button
              loading={busy}
              onClick={async () => {
                clear();
                setRefused([]);
                setBusy(true);
                try {
                  onSaved(await saveProposal(path, proposal));
                } catch (err) {
                  const issues = issuesOf(err);
                  if (issues) setRefused(issues);
                  else fail(err);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('web.networks.proposal.save')}
            </Button>
            <Button variant="secondary" onClick={onDiscard}>
              {t('web.networks.proposal.discard')}
            </Button>
          </div>
          {proposal.groups.map((g) => (
            <GroupCard key={`${g.pool}-${g.name}`} group={g} showYear={proposal.kind === 'nqt'} />
          ))}
        </>
      )}
    </section>
  );
}

function NetworksSection({ ctx, kind }: { ctx: ProgrammeContext; kind: NetworkKind }) {
  const { t, locale } = useI18n();
  const path = networksPath(ctx.owner.id, ctx.programme.id, kind);
  const view = useApiGet<NetworkView>(path);
  const [maxPerUnit, setMaxPerUnit] = useState<string | null>(null);
  const [keepApart, setKeepApart] = useState<boolean | null>(null);
  const [proposal, setProposal] = useState<NetworkProposal | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [refused, setRefused] = useState<NetworkIssue[]>([]);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const groupsHeading = useRef<HTMLHeadingElement>(null);
  if (view.error) return <LoadError error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Loading />;
  const data = view.data;
  const rules = {
    maxPerUnit: maxPerUnit ?? String(data.rules.maxPerUnit),
    keepKindergartenApart: keepApart ?? data.rules.keepKindergartenApart,
  };
  const targets = data.groups.flatMap((g) => (g.id ? [{ id: g.id, name: g.name }] : []));
  const onMove = async (personId: string, toGroupId: string) => {
    setMessage(null);
    setRefused([]);
    clear();
    try {
      const next = await moveMember(path, personId, toGroupId);
      view.setData(next);
      const name = next.groups.flatMap((g) => g.members).find((m) => m.personId === personId)?.name ?? '';
      const group = next.groups.find((g) => g.id === toGroupId)?.name ?? '';
      setMessage(t('web.networks.moved', { name, group }));
    } catch (err) {
      const issues = issuesOf(err);
      if (issues) setRefused(issues);
      else fail(err);
    }
  };
  const labels = { maxPerUnit: t('web.networks.rules.maxPerUnit') };

  return (
    <>
      <Paragraph>{t('web.networks.participants', { count: formatNumber(locale, data.participants) })}</Paragraph>
      {data.canManage ? (
        <section className="section" aria-labelledby="network-rules">
          <Heading level={2} data-size="sm" id="network-rules">
            {t('web.networks.rules.title')}
          </Heading>
          <form
            className="network-rules"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              clear();
              setMessage(null);
              setBusy(true);
              try {
                const next = await proposeNetwork(path, {
                  maxPerUnit: numberOrNull(rules.maxPerUnit) as number,
                  keepKindergartenApart: rules.keepKindergartenApart,
                });
                setProposal(next);
              } catch (err) {
                fail(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            <Paragraph data-size="sm">
              {t('web.networks.rules.sizes', {
                min: formatNumber(locale, data.minSize),
                max: formatNumber(locale, data.maxSize),
              })}
            </Paragraph>
            <FormProblems problem={problem} form={FORM} labels={labels} />
            <Textfield
              id={fieldId(FORM, 'maxPerUnit')}
              label={labels.maxPerUnit}
              inputMode="numeric"
              value={rules.maxPerUnit}
              onChange={(e) => setMaxPerUnit(e.target.value)}
              error={fieldError('maxPerUnit')}
            />
            <Checkbox
              label={t('web.networks.rules.keepApart')}
              checked={rules.keepKindergartenApart}
              onChange={(e) => setKeepApart(e.target.checked)}
            />
            <div>
              <Button type="submit" loading={busy}>
                {t('web.networks.propose')}
              </Button>
            </div>
          </form>
        </section>
      ) : null}

      {proposal ? (
        <ProposalSection
          proposal={proposal}
          path={path}
          onDiscard={() => setProposal(null)}
          onSaved={(next) => {
            view.setData(next);
            setProposal(null);
            setMessage(t('web.networks.saved'));
            requestAnimationFrame(() => groupsHeading.current?.focus());
          }}
        />
      ) : null}

      <section className="section" aria-labelledby="network-groups">
        <Heading level={2} data-size="sm" id="network-groups" ref={groupsHeading} tabIndex={-1}>
          {t('web.networks.groups.title')}
        </Heading>
        <Saved message={message} />
        <IssueList title={t('web.networks.issues.title')} issues={refused} headingId="network-move-issues" />
        <IssueList title={t('web.networks.issues.title')} issues={data.issues} headingId="network-saved-issues" />
        {data.lastSolve ? (
          <Paragraph data-size="sm">
            {t('web.networks.lastSolve', { status: t(`web.networks.status.${data.lastSolve.status}`) })}
          </Paragraph>
        ) : null}
        {data.groups.length === 0 ? <Paragraph>{t('web.networks.groups.none')}</Paragraph> : null}
        {data.groups.map((g) => (
          <GroupCard
            key={g.id ?? g.name}
            group={g}
            showYear={kind === 'nqt'}
            {...(data.canManage ? { targets, onMove } : {})}
          />
        ))}
        {data.saved && data.unassigned.length > 0 ? (
          <section className="network-group" aria-labelledby="network-unassigned">
            <Heading level={3} data-size="xs" id="network-unassigned">
              {t('web.networks.unassigned.title', { count: formatNumber(locale, data.unassigned.length) })}
            </Heading>
            <MemberTable
              caption={t('web.networks.unassigned.caption')}
              members={data.unassigned}
              showYear={kind === 'nqt'}
              {...(data.canManage ? { targets, onMove } : {})}
            />
          </section>
        ) : null}
      </section>
    </>
  );
}

/** "Nettverk": the coordinator forms NQT and mentor network groups from a proposal and adjusts them. */
export function ProgrammeNetworksPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const [kind, setKind] = useState<NetworkKind>('nqt');
  const title = t('web.networks.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <Paragraph>{t('web.networks.intro')}</Paragraph>
          <Paragraph>
            <AppLink to={meetingRoutes.programme(ctx.programme.id)}>{t('networkMeetings.web.networksLink')}</AppLink>
          </Paragraph>
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t('web.networks.kind.label')}</Fieldset.Legend>
            <div className="choice-row">
              {NETWORK_KINDS.map((k) => (
                <Radio
                  key={k}
                  name="network-kind"
                  value={k}
                  label={t(`web.networks.kind.${k}`)}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
              ))}
            </div>
          </Fieldset>
          <NetworksSection key={kind} ctx={ctx} kind={kind} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
