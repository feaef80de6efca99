import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PLAN_AUDIENCES, PLAN_EVENT_KINDS, type PlanEventKind } from '../../../../shared/schemas/annual-plan.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { ProgrammeGate, ProgrammePage, useProgramme } from '../../mentoring/components/programme-frame.tsx';
import {
  annualPlanRoutes,
  createEvent,
  deleteEvent,
  eventPath,
  type PlanAudience,
  type PlanEvent,
  type PlanEventInput,
  updateEvent,
} from '../api.ts';
import '../annual-plan.css';

const FORM = 'plan-event';

function EventForm({
  ownerId,
  programmeId,
  existing,
}: {
  ownerId: string;
  programmeId: string;
  existing: PlanEvent | null;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [kind, setKind] = useState<PlanEventKind | ''>(existing?.kind ?? '');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [date, setDate] = useState(existing?.date ?? '');
  const [endDate, setEndDate] = useState(existing?.endDate ?? '');
  const [startTime, setStartTime] = useState(existing?.startTime ?? '');
  const [endTime, setEndTime] = useState(existing?.endTime ?? '');
  const [place, setPlace] = useState(existing?.place ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [audiences, setAudiences] = useState<PlanAudience[]>(existing?.audiences ?? ['nqt', 'mentor']);
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const back = `${annualPlanRoutes.programme(programmeId)}?visning=liste`;

  const labels = {
    kind: t('annualPlan.form.kind'),
    title: t('annualPlan.form.title'),
    date: t('annualPlan.form.date'),
    endDate: t('annualPlan.form.endDate'),
    startTime: t('annualPlan.form.startTime'),
    endTime: t('annualPlan.form.endTime'),
    place: t('annualPlan.form.place'),
    description: t('annualPlan.form.description'),
    audiences: t('annualPlan.form.audiences'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    const input = {
      kind,
      title,
      date,
      ...(endDate ? { endDate } : {}),
      ...(startTime ? { startTime } : {}),
      ...(endTime ? { endTime } : {}),
      ...(place.trim() ? { place } : {}),
      ...(description.trim() ? { description } : {}),
      audiences,
    } as PlanEventInput;
    try {
      if (existing) await updateEvent(ownerId, programmeId, existing.id, input);
      else await createEvent(ownerId, programmeId, input);
      navigate(back, { state: { saved: t('annualPlan.form.saved') } });
    } catch (err) {
      fail(err, { unchosen: kind ? [] : ['kind'] });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!existing || !window.confirm(t('annualPlan.form.confirmDelete', { title: existing.title }))) return;
    setBusy(true);
    try {
      await deleteEvent(ownerId, programmeId, existing.id);
      navigate(back);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form className="form plan-event-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      <SelectField
        id={fieldId(FORM, 'kind')}
        label={labels.kind}
        value={kind}
        width="auto"
        required
        error={fieldError('kind')}
        onChange={(e) => setKind(e.target.value as PlanEventKind | '')}
      >
        <option value="">{t('web.common.choose')}</option>
        {PLAN_EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`annualPlan.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={fieldId(FORM, 'title')}
        label={labels.title}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
      />
      <div className="plan-event-form__row">
        <Textfield
          id={fieldId(FORM, 'date')}
          label={labels.date}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={fieldError('date')}
        />
        <Textfield
          id={fieldId(FORM, 'endDate')}
          label={labels.endDate}
          description={t('annualPlan.form.endDateHint')}
          type="date"
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={fieldError('endDate')}
        />
      </div>
      <div className="plan-event-form__row">
        <Textfield
          id={fieldId(FORM, 'startTime')}
          label={labels.startTime}
          description={t('annualPlan.form.timeHint')}
          type="time"
          value={startTime}
          onChange={(e) => setStartTime(e.target.value)}
          error={fieldError('startTime')}
        />
        <Textfield
          id={fieldId(FORM, 'endTime')}
          label={labels.endTime}
          type="time"
          value={endTime}
          onChange={(e) => setEndTime(e.target.value)}
          error={fieldError('endTime')}
        />
      </div>
      <Textfield
        id={fieldId(FORM, 'place')}
        label={labels.place}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={fieldError('place')}
      />
      <Field>
        <Label htmlFor={fieldId(FORM, 'description')}>{labels.description}</Label>
        <Textarea
          id={fieldId(FORM, 'description')}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={fieldError('description') ? true : undefined}
        />
        {fieldError('description') ? <ValidationMessage>{fieldError('description')}</ValidationMessage> : null}
      </Field>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{labels.audiences}</Fieldset.Legend>
        {PLAN_AUDIENCES.map((a, i) => (
          <Checkbox
            key={a}
            {...(i === 0 ? { id: fieldId(FORM, 'audiences') } : {})}
            value={a}
            label={t(`annualPlan.audience.${a}`)}
            checked={audiences.includes(a)}
            onChange={(e) => setAudiences((prev) => (e.target.checked ? [...prev, a] : prev.filter((x) => x !== a)))}
          />
        ))}
        {fieldError('audiences') ? <ValidationMessage>{fieldError('audiences')}</ValidationMessage> : null}
      </Fieldset>
      <div className="form__actions">
        <Button type="submit" disabled={busy}>
          {t('annualPlan.form.save')}
        </Button>
        <AppLink to={back}>{t('annualPlan.form.cancel')}</AppLink>
        {existing ? (
          <Button type="button" variant="tertiary" data-color="danger" disabled={busy} onClick={() => void remove()}>
            {t('annualPlan.form.delete')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** A new own event (`…/arshjul/ny`) or one to change or delete (`…/arshjul/:eventId`). */
export function PlanEventPage() {
  const t = useT();
  const state = useProgramme();
  const { eventId } = useParams();
  const isNew = !eventId || eventId === 'ny';
  const title = isNew ? t('annualPlan.form.newTitle') : t('annualPlan.form.editTitle');
  return (
    <ProgrammeGate title={title} state={state}>
      {({ owner, programme }) => (
        <ProgrammePage
          title={title}
          programme={programme}
          back={<AppLink to={annualPlanRoutes.programme(programme.id)}>{t('annualPlan.page.title')}</AppLink>}
        >
          {isNew ? (
            <EventForm ownerId={owner.id} programmeId={programme.id} existing={null} />
          ) : (
            <ExistingEvent ownerId={owner.id} programmeId={programme.id} eventId={eventId} />
          )}
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}

function ExistingEvent({ ownerId, programmeId, eventId }: { ownerId: string; programmeId: string; eventId: string }) {
  const loaded = useApiGet<PlanEvent>(eventPath(ownerId, programmeId, eventId));
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <EventForm ownerId={ownerId} programmeId={programmeId} existing={loaded.data} />;
}
