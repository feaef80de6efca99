import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Table,
  Tag,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { Pair, UnpairedNqt } from '../../../../shared/schemas/mentoring.ts';
import { errorMessage } from '../../../lib/api.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, formatNumber, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { acceptPair, addPair, endPair, fullName, lockPair, type Matching, matchingPath, proposePairs } from '../api.ts';
import { type ProgrammeContext, ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';
import { WeightsForm } from '../components/weights-form.tsx';

type Run = NonNullable<Matching['lastRun']>;

function unmatchedReason(t: Translate, reason: UnpairedNqt['reason']): string {
  if (!reason) return t('web.mentoring.matching.notRunYet');
  if (reason.code === 'candidates_full') return t('mentoring.unmatched.candidates_full');
  return t(`mentoring.unmatched.${reason.constraint}`);
}

/**
 * One reason in words. The unit-type term also carries the same-stage points, so it names what
 * matched: the type of unit, the stage (named), or both; the subject term names the shared subjects.
 */
function termText(t: Translate, pair: Pair, e: Pair['explanation'][number]): string {
  if (e.term === 'subject_overlap' && e.subjects?.length)
    return t('matching.explain.sharedSubjects', {
      subjects: e.subjects.map((code) => t(`subject.${code}`)).join(', '),
    });
  if (e.term === 'same_unit_type' && e.stage) {
    const stage = t('matching.explain.sameStage', { stage: t(`stage.${e.stage}`) });
    const sameType = pair.nqt.unitType !== null && pair.nqt.unitType === pair.mentor.unitType;
    return sameType ? `${t('mentoring.term.same_unit_type')} · ${stage}` : stage;
  }
  return t(`mentoring.term.${e.term}`);
}

/** The solver's reasons for a pair: each soft goal that counted, with its points. */
function Why({ pair }: { pair: Pair }) {
  const { t, locale } = useI18n();
  const terms = pair.explanation.filter((e) => e.points !== 0);
  if (terms.length === 0) return <>{t('web.mentoring.matching.noReasons')}</>;
  return (
    <ul className="why-list">
      {terms.map((e) => (
        <li key={e.term}>
          {termText(t, pair, e)}{' '}
          <span className="why-list__points">
            {t('web.mentoring.matching.points', {
              points: `${e.points > 0 ? '+' : ''}${formatNumber(locale, Math.round(e.points))}`,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function RunSummary({ run }: { run: Run | null }) {
  const { t, locale } = useI18n();
  if (!run) return <Paragraph>{t('web.mentoring.matching.noRun')}</Paragraph>;
  const gap = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(run.gap);
  return (
    <>
      <dl className="stats">
        <div>
          <dt>{t('web.mentoring.matching.result')}</dt>
          <dd className="stats__text">{t(`mentoring.run.${run.status}`)}</dd>
        </div>
        <div>
          <dt>{t('web.mentoring.matching.gap')}</dt>
          <dd>{gap}</dd>
        </div>
        <div>
          <dt>{t('web.mentoring.matching.proposed')}</dt>
          <dd>
            {t('web.mentoring.matching.proposedOf', {
              proposed: formatNumber(locale, run.proposedCount),
              total: formatNumber(locale, run.nqtCount),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('web.mentoring.matching.unmatchedCount')}</dt>
          <dd>{formatNumber(locale, run.unmatched.length)}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm">
        {t('web.mentoring.matching.runFacts', {
          when: formatDate(locale, run.createdAt),
          mentors: formatNumber(locale, run.mentorCount),
          seconds: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(
            run.solveSeconds,
          ),
        })}
      </Paragraph>
      {run.issues.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph>{t('web.mentoring.matching.issues', { count: run.issues.length })}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

/** Ending a pair: why it does not work (the mentor is then never proposed again for this NQT). */
function EndForm({
  pair,
  onEnd,
  onCancel,
}: {
  pair: Pair;
  onEnd: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = 'end-pair';
  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      await onEnd(reason);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }
  return (
    <form className="form narrow" onSubmit={submit} noValidate aria-labelledby="end-pair-title">
      <Heading level={3} data-size="xs" id="end-pair-title">
        {t('web.mentoring.matching.endTitle', { nqt: fullName(pair.nqt), mentor: fullName(pair.mentor) })}
      </Heading>
      <FormProblems problem={problem} form={form} labels={{ reason: t('web.mentoring.matching.endReason') }} />
      <Field>
        <Label htmlFor={fieldId(form, 'reason')}>{t('web.mentoring.matching.endReason')}</Label>
        <Field.Description>{t('web.mentoring.matching.endReasonHelp')}</Field.Description>
        <Textarea
          id={fieldId(form, 'reason')}
          rows={3}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={fieldError('reason') ? true : undefined}
        />
        {fieldError('reason') ? <ValidationMessage>{fieldError('reason')}</ValidationMessage> : null}
      </Field>
      <div className="form__buttons">
        <Button type="submit" data-color="danger" loading={busy}>
          {t('web.mentoring.matching.end')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('web.common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A pair made by hand: any enrolled NQT without a pair, any mentor; a line manager needs a written reason. */
function ManualPairForm({
  ctx,
  matching,
  nqtId,
  onSaved,
  onCancel,
}: {
  ctx: ProgrammeContext;
  matching: Matching;
  nqtId: string;
  onSaved: (next: Matching) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [enrolmentId, setEnrolmentId] = useState(nqtId);
  const [mentorPersonId, setMentor] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({ MENTOR_IS_LINE_MANAGER: 'lineManagerOverrideReason' });
  const form = 'pair';
  const labels = {
    enrolmentId: t('web.mentoring.matching.nqt'),
    mentorPersonId: t('web.mentoring.matching.mentor'),
    lineManagerOverrideReason: t('web.mentoring.matching.overrideReason'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      const input = {
        enrolmentId,
        mentorPersonId,
        ...(reason.trim() ? { lineManagerOverrideReason: reason.trim() } : {}),
      };
      onSaved(await addPair(ctx.owner.id, ctx.programme.id, input));
    } catch (err) {
      fail(err, { unchosen: [enrolmentId ? '' : 'enrolmentId', mentorPersonId ? '' : 'mentorPersonId'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="pair-form-title">
      <Heading level={3} data-size="xs" id="pair-form-title">
        {t('web.mentoring.matching.addTitle')}
      </Heading>
      <FormProblems problem={problem} form={form} labels={labels} />
      <div className="form__grid">
        <SelectField
          id={fieldId(form, 'enrolmentId')}
          label={labels.enrolmentId}
          required
          value={enrolmentId}
          onChange={(e) => setEnrolmentId(e.target.value)}
          error={fieldError('enrolmentId')}
        >
          <option value="">{t('web.common.choose')}</option>
          {matching.unpaired.map((n) => (
            <option key={n.enrolmentId} value={n.enrolmentId}>
              {fullName(n)}
              {n.unitName ? ` – ${n.unitName}` : ''}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId(form, 'mentorPersonId')}
          label={labels.mentorPersonId}
          description={t('web.mentoring.matching.mentorHelp')}
          required
          value={mentorPersonId}
          onChange={(e) => setMentor(e.target.value)}
          error={fieldError('mentorPersonId')}
        >
          <option value="">{t('web.common.choose')}</option>
          {matching.mentors
            .filter((m) => m.available)
            .map((m) => (
              <option key={m.personId} value={m.personId}>
                {t('web.mentoring.matching.mentorOption', {
                  name: fullName(m),
                  unit: m.unitName ?? '–',
                  load: formatNumber(locale, m.load),
                  capacity: formatNumber(locale, m.capacity),
                })}
              </option>
            ))}
        </SelectField>
        <Field className="form__wide">
          <Label htmlFor={fieldId(form, 'lineManagerOverrideReason')}>{labels.lineManagerOverrideReason}</Label>
          <Field.Description>{t('web.mentoring.matching.overrideHelp')}</Field.Description>
          <Textarea
            id={fieldId(form, 'lineManagerOverrideReason')}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={fieldError('lineManagerOverrideReason') ? true : undefined}
          />
          {fieldError('lineManagerOverrideReason') ? (
            <ValidationMessage>{fieldError('lineManagerOverrideReason')}</ValidationMessage>
          ) : null}
        </Field>
      </div>
      <div className="form__buttons">
        <Button type="submit" loading={busy}>
          {t('web.mentoring.matching.addPair')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('web.common.cancel')}
        </Button>
      </div>
    </form>
  );
}

const STATUS_FILTERS = ['all', 'proposed', 'accepted', 'locked'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

function MatchingView({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const loaded = useApiGet<Matching>(matchingPath(ctx.owner.id, ctx.programme.id));
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [ending, setEnding] = useState<Pair | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [filter, setFilter] = useState<StatusFilter>('all');
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  const matching = loaded.data;
  if (!matching) return <Loading />;
  const canManage = matching.abilities.manage;
  const { owner, programme } = ctx;

  /** Runs one write; the answer is the whole view, so the page redraws from it. */
  async function act(key: string, write: () => Promise<Matching>, done: string) {
    setBusy(key);
    setActionError(null);
    setMessage(null);
    try {
      loaded.setData(await write());
      setMessage(done);
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  const pairs = matching.pairs.filter((p) =>
    filter === 'all' ? true : filter === 'locked' ? p.locked : p.status === filter,
  );
  const proposedCount = matching.pairs.filter((p) => p.status === 'proposed').length;
  let feedback: ReactNode = null;
  if (actionError) {
    feedback = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{actionError}</Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <section className="section" aria-labelledby="matching-run">
        <div className="section__head">
          <Heading level={2} data-size="sm" id="matching-run">
            {t('web.mentoring.matching.runTitle')}
          </Heading>
          {canManage ? (
            <Button
              loading={busy === 'propose'}
              onClick={() =>
                void act(
                  'propose',
                  () => proposePairs(owner.id, programme.id),
                  t('web.mentoring.matching.proposedDone'),
                )
              }
            >
              {t('web.mentoring.matching.propose')}
            </Button>
          ) : null}
        </div>
        <Paragraph data-size="sm">{t('web.mentoring.matching.runLead')}</Paragraph>
        <RunSummary run={matching.lastRun} />
        {canManage ? (
          <WeightsForm ownerId={owner.id} programmeId={programme.id} matching={matching} onSaved={loaded.reload} />
        ) : null}
      </section>
      <Saved message={message} />
      {feedback}

      <section className="section" aria-labelledby="matching-unpaired">
        <div className="section__head">
          <Heading level={2} data-size="sm" id="matching-unpaired">
            {t('web.mentoring.matching.unpairedTitle', { count: formatNumber(locale, matching.unpaired.length) })}
          </Heading>
          {canManage && adding === null && matching.unpaired.length > 0 ? (
            <Button variant="secondary" data-size="sm" onClick={() => setAdding('')}>
              {t('web.mentoring.matching.addTitle')}
            </Button>
          ) : null}
        </div>
        {adding !== null ? (
          <ManualPairForm
            key={adding}
            ctx={ctx}
            matching={matching}
            nqtId={adding}
            onCancel={() => setAdding(null)}
            onSaved={(next) => {
              loaded.setData(next);
              setAdding(null);
              setMessage(t('web.mentoring.matching.added'));
            }}
          />
        ) : null}
        {matching.unpaired.length === 0 ? (
          <Paragraph>{t('web.mentoring.matching.unpairedNone')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption>{t('web.mentoring.matching.unpairedCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.mentoring.matching.nqt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.common.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.common.programmeYear')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.whyUnpaired')}</Table.HeaderCell>
                  {canManage ? <Table.HeaderCell>{t('web.common.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {matching.unpaired.map((n) => (
                  <Table.Row key={n.enrolmentId}>
                    <Table.Cell>{fullName(n)}</Table.Cell>
                    <Table.Cell>{n.unitName ?? t('web.common.none')}</Table.Cell>
                    <Table.Cell className="nowrap">
                      {t('web.mentoring.common.year', { year: n.programmeYear })}
                    </Table.Cell>
                    <Table.Cell>{unmatchedReason(t, n.reason)}</Table.Cell>
                    {canManage ? (
                      <Table.Cell>
                        <Button variant="tertiary" data-size="sm" onClick={() => setAdding(n.enrolmentId)}>
                          {t('web.mentoring.matching.chooseMentor')}
                          <span className="visually-hidden"> {fullName(n)}</span>
                        </Button>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="matching-pairs">
        <div className="section__head">
          <Heading level={2} data-size="sm" id="matching-pairs">
            {t('web.mentoring.matching.pairsTitle', { count: formatNumber(locale, matching.pairs.length) })}
          </Heading>
          {canManage && proposedCount > 0 ? (
            <Paragraph data-size="sm">
              {t('web.mentoring.matching.toAccept', { count: formatNumber(locale, proposedCount) })}
            </Paragraph>
          ) : null}
        </div>
        <div className="enrol-bar">
          <SelectField
            label={t('web.mentoring.matching.show')}
            width="auto"
            value={filter}
            onChange={(e) => setFilter(e.target.value as StatusFilter)}
          >
            {STATUS_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`web.mentoring.matching.filter.${f}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {ending ? (
          <EndForm
            key={ending.id}
            pair={ending}
            onCancel={() => setEnding(null)}
            onEnd={async (reason) => {
              loaded.setData(await endPair(owner.id, programme.id, ending.id, reason));
              setEnding(null);
              setMessage(t('web.mentoring.matching.ended'));
            }}
          />
        ) : null}
        {pairs.length === 0 ? (
          <Paragraph>{t('web.mentoring.matching.pairsNone')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption>{t('web.mentoring.matching.pairsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.mentoring.matching.nqt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.mentor')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.common.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.why')}</Table.HeaderCell>
                  {canManage ? <Table.HeaderCell>{t('web.common.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {pairs.map((p) => {
                  const who = `${fullName(p.nqt)} – ${fullName(p.mentor)}`;
                  return (
                    <Table.Row key={p.id}>
                      <Table.Cell>
                        {fullName(p.nqt)}
                        <div className="cell-sub">{p.nqt.unitName ?? ''}</div>
                      </Table.Cell>
                      <Table.Cell>
                        {fullName(p.mentor)}
                        <div className="cell-sub">{p.mentor.unitName ?? ''}</div>
                      </Table.Cell>
                      <Table.Cell>
                        <div className="tags">
                          <Tag data-size="sm" data-color={p.status === 'accepted' ? 'success' : 'info'}>
                            {t(`mentoring.pair.${p.status}`)}
                          </Tag>
                          {p.locked ? (
                            <Tag data-size="sm" data-color="warning">
                              {t('web.mentoring.matching.locked')}
                            </Tag>
                          ) : null}
                          {p.source === 'manual' ? (
                            <Tag data-size="sm" data-color="neutral">
                              {t('mentoring.pair.source.manual')}
                            </Tag>
                          ) : null}
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <Why pair={p} />
                        {p.lineManagerOverrideReason ? (
                          <div className="cell-sub">
                            {t('web.mentoring.matching.overrideGiven', { reason: p.lineManagerOverrideReason })}
                          </div>
                        ) : null}
                      </Table.Cell>
                      {canManage ? (
                        <Table.Cell>
                          <div className="form__buttons">
                            {p.status === 'proposed' ? (
                              <Button
                                variant="secondary"
                                data-size="sm"
                                loading={busy === `accept-${p.id}`}
                                onClick={() =>
                                  void act(
                                    `accept-${p.id}`,
                                    () => acceptPair(owner.id, programme.id, p.id),
                                    t('web.mentoring.matching.acceptedDone', { who }),
                                  )
                                }
                              >
                                {t('web.mentoring.matching.accept')}
                                <span className="visually-hidden"> {who}</span>
                              </Button>
                            ) : null}
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              aria-pressed={p.locked}
                              loading={busy === `lock-${p.id}`}
                              onClick={() =>
                                void act(
                                  `lock-${p.id}`,
                                  () => lockPair(owner.id, programme.id, p.id, !p.locked),
                                  p.locked
                                    ? t('web.mentoring.matching.unlockedDone', { who })
                                    : t('web.mentoring.matching.lockedDone', { who }),
                                )
                              }
                            >
                              {t('web.mentoring.matching.lock')}
                              <span className="visually-hidden"> {who}</span>
                            </Button>
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              data-color="danger"
                              onClick={() => {
                                setMessage(null);
                                setEnding(p);
                              }}
                            >
                              {t('web.mentoring.matching.end')}
                              <span className="visually-hidden"> {who}</span>
                            </Button>
                          </div>
                        </Table.Cell>
                      ) : null}
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="matching-mentors">
        <Heading level={2} data-size="sm" id="matching-mentors">
          {t('web.mentoring.matching.loadTitle')}
        </Heading>
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption>{t('web.mentoring.matching.loadCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.mentoring.matching.mentor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.common.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.mentors.education')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.matching.load')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {matching.mentors.map((m) => (
                <Table.Row key={m.personId}>
                  <Table.Cell>
                    {fullName(m)}
                    {m.experienced ? (
                      <>
                        {' '}
                        <Tag data-size="sm" data-color="success">
                          {t('web.mentoring.mentors.experienced')}
                        </Tag>
                      </>
                    ) : null}
                    {m.available ? null : <div className="cell-sub">{t('web.mentoring.matching.unavailable')}</div>}
                  </Table.Cell>
                  <Table.Cell>{m.unitName ?? t('web.common.none')}</Table.Cell>
                  <Table.Cell>{t(`mentorEducation.${m.mentorEducation}`)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {t('web.mentoring.matching.loadOf', {
                      load: formatNumber(locale, m.load),
                      capacity: formatNumber(locale, m.capacity),
                      accepted: formatNumber(locale, m.acceptedLoad),
                    })}
                    {m.load > m.capacity ? (
                      <>
                        {' '}
                        <Tag data-size="sm" data-color="warning">
                          {t('web.mentoring.matching.overCapacity')}
                        </Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      {matching.ended.length > 0 ? (
        <section className="section" aria-labelledby="matching-ended">
          <Heading level={2} data-size="sm" id="matching-ended">
            {t('web.mentoring.matching.endedTitle', { count: formatNumber(locale, matching.ended.length) })}
          </Heading>
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption>{t('web.mentoring.matching.endedCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.mentoring.matching.nqt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.mentor')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.endedOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.matching.endReason')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {matching.ended.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{fullName(p.nqt)}</Table.Cell>
                    <Table.Cell>{fullName(p.mentor)}</Table.Cell>
                    <Table.Cell className="nowrap">{formatDate(locale, p.endedAt)}</Table.Cell>
                    <Table.Cell>{p.endedReason}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </section>
      ) : null}
    </>
  );
}

/** Matching mentors and NQTs: the solver's proposal with its reasons, accepting, locking, pairs by hand. */
export function MatchingPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.mentoring.matching.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <MatchingView ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
