import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Table,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type Enrolment,
  type EnrolmentPlan,
  fullName,
  planPath,
  programmeRoutes,
  type Reach,
  reachPath,
  today,
  updateEnrolment,
} from '../api.ts';
import { type ProgrammeContext, ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';

type Editing = 'left' | 'year' | null;

function EnrolmentActions({
  ctx,
  enrolment,
  onSaved,
}: {
  ctx: ProgrammeContext;
  enrolment: Enrolment;
  onSaved: (e: Enrolment, message: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const [leftOn, setLeftOn] = useState(today());
  const [year, setYear] = useState<string>(String(enrolment.programmeYear === 1 ? 2 : 1));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = 'enrolment';

  function open(next: Editing) {
    clear();
    setEditing(next);
  }

  async function save(patch: Parameters<typeof updateEnrolment>[3], message: string) {
    clear();
    setBusy(true);
    try {
      const saved = await updateEnrolment(ctx.owner.id, ctx.programme.id, enrolment.id, patch);
      setEditing(null);
      onSaved(saved, message);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing === 'left') void save({ leftOn }, t('web.mentoring.enrolment.markedLeft'));
    if (editing === 'year') {
      void save(
        { programmeYear: year === '2' ? 2 : 1, ...(reason.trim() ? { reason: reason.trim() } : {}) },
        t('web.mentoring.enrolment.yearChanged'),
      );
    }
  }

  if (!ctx.canManage) return null;
  return (
    <section className="section" aria-labelledby="enrolment-changes">
      <Heading level={2} data-size="sm" id="enrolment-changes">
        {t('web.mentoring.enrolment.changesTitle')}
      </Heading>
      {editing === null ? (
        <div className="form__buttons">
          {enrolment.leftOn ? (
            <Button
              variant="secondary"
              loading={busy}
              onClick={() => void save({ leftOn: null }, t('web.mentoring.enrolment.returned'))}
            >
              {t('web.mentoring.enrolment.undoLeft')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => open('left')}>
              {t('web.mentoring.enrolment.markLeft')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => open('year')}>
            {t('web.mentoring.enrolment.changeYear')}
          </Button>
        </div>
      ) : (
        <form className="form narrow" onSubmit={submit} noValidate aria-labelledby="enrolment-form-title">
          <Heading level={3} data-size="xs" id="enrolment-form-title">
            {editing === 'left' ? t('web.mentoring.enrolment.markLeft') : t('web.mentoring.enrolment.changeYear')}
          </Heading>
          <FormProblems
            problem={problem}
            form={form}
            labels={
              editing === 'left'
                ? { leftOn: t('web.mentoring.common.leftOn') }
                : {
                    programmeYear: t('web.mentoring.common.programmeYear'),
                    reason: t('web.mentoring.enrolment.reason'),
                  }
            }
          />
          {editing === 'left' ? (
            <Textfield
              id={fieldId(form, 'leftOn')}
              label={t('web.mentoring.common.leftOn')}
              type="date"
              required
              value={leftOn}
              onChange={(e) => setLeftOn(e.target.value)}
              error={fieldError('leftOn')}
            />
          ) : (
            <>
              <SelectField
                id={fieldId(form, 'programmeYear')}
                label={t('web.mentoring.common.programmeYear')}
                value={year}
                onChange={(e) => setYear(e.target.value)}
                error={fieldError('programmeYear')}
              >
                <option value="1">{t('web.mentoring.common.year', { year: 1 })}</option>
                <option value="2">{t('web.mentoring.common.year', { year: 2 })}</option>
              </SelectField>
              <Field>
                <Label htmlFor={fieldId(form, 'reason')}>{t('web.mentoring.enrolment.reason')}</Label>
                <Field.Description>{t('web.mentoring.enrolment.reasonHelp')}</Field.Description>
                <Textarea
                  id={fieldId(form, 'reason')}
                  required
                  rows={3}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  aria-invalid={fieldError('reason') ? true : undefined}
                />
                {fieldError('reason') ? <ValidationMessage>{fieldError('reason')}</ValidationMessage> : null}
              </Field>
            </>
          )}
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(null)}>
              {t('web.common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function PlanSection({ plan }: { plan: EnrolmentPlan }) {
  const { t, locale } = useI18n();
  return (
    <section className="section" aria-labelledby="enrolment-plan">
      <Heading level={2} data-size="sm" id="enrolment-plan">
        {t('web.mentoring.plan.title')}
      </Heading>
      <dl className="stats">
        <div>
          <dt>{t('web.mentoring.plan.toDate', { date: formatDate(locale, plan.asOf) })}</dt>
          <dd>{t('web.mentoring.plan.minutes', { minutes: formatNumber(locale, plan.plannedMinutesToDate) })}</dd>
        </div>
        <div>
          <dt>{t('web.mentoring.plan.total')}</dt>
          <dd>{t('web.mentoring.plan.minutes', { minutes: formatNumber(locale, plan.plannedMinutesTotal) })}</dd>
        </div>
        <div>
          <dt>{t('web.mentoring.plan.sessions')}</dt>
          <dd>{formatNumber(locale, plan.sessions.length)}</dd>
        </div>
      </dl>
      {plan.sessions.length === 0 ? (
        <Paragraph>{t('web.mentoring.plan.none')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption>{t('web.mentoring.plan.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.mentoring.plan.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.plan.length')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.common.programmeYear')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.common.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.sessions.map((s) => (
                <Table.Row key={s.date}>
                  <Table.Cell className="nowrap">{formatDate(locale, s.date)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {t('web.mentoring.plan.minutes', { minutes: formatNumber(locale, s.minutes) })}
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {t('web.mentoring.common.year', { year: s.programmeYear })}
                  </Table.Cell>
                  <Table.Cell>
                    {s.date <= plan.asOf ? t('web.mentoring.plan.past') : t('web.mentoring.plan.coming')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

/** One NQT in the programme: the facts, the planned sessions, and marking them left or changing their year. */
export function EnrolmentPage() {
  const { t, locale } = useI18n();
  const state = useProgramme();
  const { enrolmentId = '' } = useParams();
  const ownerId = state.owner?.id;
  const reach = useApiGet<Reach>(ownerId ? reachPath(ownerId, state.programmeId) : null);
  const plan = useApiGet<EnrolmentPlan>(ownerId ? planPath(ownerId, state.programmeId, enrolmentId) : null);
  const [message, setMessage] = useState<string | null>(null);
  const fallbackTitle = t('web.mentoring.enrolment.title');
  const enrolment = reach.data && [...reach.data.enrolled, ...reach.data.left].find((e) => e.id === enrolmentId);

  return (
    <ProgrammeGate title={fallbackTitle} state={state}>
      {(ctx) => {
        const back = (
          <AppLink to={programmeRoutes.overview(ctx.programme.id)}>{t('web.mentoring.enrolment.back')}</AppLink>
        );
        if (reach.error || plan.error) {
          return (
            <ProgrammePage title={fallbackTitle} programme={ctx.programme} back={back}>
              <LoadError error={reach.error || plan.error} onRetry={reach.error ? reach.reload : plan.reload} />
            </ProgrammePage>
          );
        }
        if (!enrolment || !plan.data) {
          return (
            <ProgrammePage title={fallbackTitle} programme={ctx.programme} back={back}>
              {reach.loading || plan.loading ? (
                <Loading />
              ) : (
                <Paragraph>{t('web.mentoring.enrolment.notFound')}</Paragraph>
              )}
            </ProgrammePage>
          );
        }
        return (
          <ProgrammePage
            title={t('web.mentoring.enrolment.titleFor', { name: fullName(enrolment) })}
            programme={ctx.programme}
            back={back}
          >
            <Saved message={message} />
            <section className="section" aria-labelledby="enrolment-facts">
              <Heading level={2} data-size="sm" id="enrolment-facts">
                {t('web.mentoring.enrolment.factsTitle')}
              </Heading>
              <dl className="facts">
                <dt>{t('web.mentoring.common.unit')}</dt>
                <dd>{enrolment.unitName ?? t('web.common.none')}</dd>
                <dt>{t('web.mentoring.common.programmeYear')}</dt>
                <dd>
                  {t('web.mentoring.common.year', { year: enrolment.programmeYear })}
                  {enrolment.programmeYearReason
                    ? ` – ${t('web.mentoring.enrolment.yearReason', { reason: enrolment.programmeYearReason })}`
                    : ''}
                </dd>
                <dt>{t('web.mentoring.reach.professionStart')}</dt>
                <dd>{formatDate(locale, enrolment.professionStart)}</dd>
                <dt>{t('web.mentoring.common.startsOn')}</dt>
                <dd>{formatDate(locale, enrolment.startsOn)}</dd>
                <dt>{t('web.mentoring.common.position')}</dt>
                <dd>{enrolment.positionPercent === null ? t('web.common.none') : `${enrolment.positionPercent} %`}</dd>
                <dt>{t('web.common.status')}</dt>
                <dd>
                  {enrolment.hasLeft
                    ? enrolment.leftOn
                      ? t('web.mentoring.enrolment.leftOn', { date: formatDate(locale, enrolment.leftOn) })
                      : t('web.mentoring.reach.leftFromData')
                    : t('mentoring.reach.enrolled')}
                </dd>
              </dl>
            </section>
            <EnrolmentActions
              key={enrolment.updatedAt}
              ctx={ctx}
              enrolment={enrolment}
              onSaved={(_, text) => {
                setMessage(text);
                reach.reload();
                plan.reload();
              }}
            />
            <PlanSection plan={plan.data} />
          </ProgrammePage>
        );
      }}
    </ProgrammeGate>
  );
}
