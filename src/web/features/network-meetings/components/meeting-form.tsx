import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { THEME_SUB_GOALS } from '../../../../shared/rules/network-series.ts';
import { SUB_GOALS, type SubGoal } from '../../../../shared/rules/sub-goals.ts';
import type { MeetingInput, MeetingTheme } from '../../../../shared/schemas/network-meetings.ts';
import { RESOURCE_THEMES } from '../../../../shared/schemas/resources.ts';
import { chosen, FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { lines } from '../api.ts';

export interface Choice {
  id: string;
  name: string;
}

export type MeetingValues = Omit<MeetingInput, 'groupId'> & { groupId?: string | undefined };

/**
 * One meeting's fields, to plan it (with its group) or to change it. Theme defaults the sub-goals
 * (changeable); facilitators are people of the owner, or named outside ones one per line; materials
 * are resources of the bank.
 */
export function MeetingForm({
  form,
  title,
  groups,
  facilitators,
  resources,
  initial,
  submitLabel,
  onSubmit,
}: {
  form: string;
  title: string;
  /** Shown when planning: the group to meet. */
  groups?: Choice[];
  facilitators: Choice[];
  resources: Choice[];
  initial?: Partial<MeetingValues>;
  submitLabel: string;
  onSubmit: (values: MeetingValues) => Promise<void>;
}) {
  const t = useT();
  const titleId = useId();
  const [groupId, setGroupId] = useState(initial?.groupId ?? '');
  const [theme, setTheme] = useState<MeetingTheme | ''>(initial?.theme ?? '');
  const [name, setName] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [subGoals, setSubGoals] = useState<SubGoal[]>(initial?.subGoals ?? []);
  const [place, setPlace] = useState(initial?.place ?? '');
  const [date, setDate] = useState(initial?.date ?? '');
  const [startTime, setStartTime] = useState(initial?.startTime ?? '');
  const [endTime, setEndTime] = useState(initial?.endTime ?? '');
  const [people, setPeople] = useState<string[]>(initial?.facilitatorPersonIds ?? []);
  const [external, setExternal] = useState((initial?.externalFacilitators ?? []).join('\n'));
  const [materials, setMaterials] = useState<string[]>(initial?.resourceIds ?? []);
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const labels: Record<string, string> = {
    ...(groups ? { groupId: t('networkMeetings.web.field.group') } : {}),
    theme: t('networkMeetings.web.field.theme'),
    title: t('networkMeetings.web.field.title'),
    date: t('networkMeetings.web.field.date'),
    startTime: t('networkMeetings.web.field.startTime'),
    endTime: t('networkMeetings.web.field.endTime'),
    place: t('networkMeetings.web.field.place'),
    subGoals: t('networkMeetings.web.field.subGoals'),
    facilitatorPersonIds: t('networkMeetings.web.field.facilitators'),
    externalFacilitators: t('networkMeetings.web.field.external'),
    resourceIds: t('networkMeetings.web.field.materials'),
    description: t('networkMeetings.web.field.description'),
  };
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      await onSubmit({
        ...(groups ? { groupId: chosen(groupId) } : {}),
        theme: chosen(theme) as MeetingTheme,
        title: name,
        description,
        subGoals,
        place,
        date,
        startTime,
        endTime,
        facilitatorPersonIds: people,
        externalFacilitators: lines(external),
        resourceIds: materials,
      });
    } catch (err) {
      fail(err, { unchosen: ['groupId', 'theme'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form meeting-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {title}
      </Heading>
      <FormProblems problem={problem} form={form} labels={labels} />
      {groups ? (
        <SelectField
          id={fieldId(form, 'groupId')}
          label={labels.groupId as string}
          value={groupId}
          onChange={(e) => setGroupId(e.target.value)}
          error={fieldError('groupId')}
        >
          <option value="">{t('networkMeetings.web.choose')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        id={fieldId(form, 'theme')}
        label={labels.theme as string}
        value={theme}
        onChange={(e) => {
          const next = e.target.value as MeetingTheme | '';
          setTheme(next);
          if (next && subGoals.length === 0) setSubGoals(THEME_SUB_GOALS[next]);
        }}
        error={fieldError('theme')}
      >
        <option value="">{t('networkMeetings.web.choose')}</option>
        {RESOURCE_THEMES.map((code) => (
          <option key={code} value={code}>
            {t(`resources.theme.${code}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={fieldId(form, 'title')}
        label={labels.title}
        description={t('networkMeetings.web.field.titleHelp')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError('title')}
      />
      <div className="meeting-when">
        <Textfield
          id={fieldId(form, 'date')}
          label={labels.date}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={fieldError('date')}
        />
        <Textfield
          id={fieldId(form, 'startTime')}
          label={labels.startTime}
          type="time"
          required
          value={startTime}
          onChange={(e) => setStartTime(e.target.value)}
          error={fieldError('startTime')}
        />
        <Textfield
          id={fieldId(form, 'endTime')}
          label={labels.endTime}
          type="time"
          required
          value={endTime}
          onChange={(e) => setEndTime(e.target.value)}
          error={fieldError('endTime')}
        />
      </div>
      <Textfield
        id={fieldId(form, 'place')}
        label={labels.place}
        required
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={fieldError('place')}
      />
      <Fieldset data-size="sm" id={fieldId(form, 'subGoals')}>
        <Fieldset.Legend>{labels.subGoals}</Fieldset.Legend>
        <Fieldset.Description>{t('networkMeetings.web.field.subGoalsHelp')}</Fieldset.Description>
        {SUB_GOALS.map((code) => (
          <Checkbox
            key={code}
            label={t(`mentoring.subGoal.${code}`)}
            value={code}
            checked={subGoals.includes(code)}
            onChange={(e) => setSubGoals(toggle(subGoals, code, e.target.checked))}
          />
        ))}
      </Fieldset>
      <Fieldset data-size="sm" id={fieldId(form, 'facilitatorPersonIds')}>
        <Fieldset.Legend>{labels.facilitatorPersonIds}</Fieldset.Legend>
        {facilitators.length === 0 ? (
          <Fieldset.Description>{t('networkMeetings.web.field.noFacilitators')}</Fieldset.Description>
        ) : null}
        {facilitators.map((p) => (
          <Checkbox
            key={p.id}
            label={p.name}
            value={p.id}
            checked={people.includes(p.id)}
            onChange={(e) => setPeople(toggle(people, p.id, e.target.checked))}
          />
        ))}
      </Fieldset>
      <TextArea
        id={fieldId(form, 'externalFacilitators')}
        label={labels.externalFacilitators as string}
        help={t('networkMeetings.web.field.externalHelp')}
        value={external}
        onChange={setExternal}
        error={fieldError('externalFacilitators')}
      />
      <Fieldset data-size="sm" id={fieldId(form, 'resourceIds')}>
        <Fieldset.Legend>{labels.resourceIds}</Fieldset.Legend>
        {resources.length === 0 ? (
          <Fieldset.Description>{t('networkMeetings.web.field.noResources')}</Fieldset.Description>
        ) : null}
        {resources.map((r) => (
          <Checkbox
            key={r.id}
            label={r.name}
            value={r.id}
            checked={materials.includes(r.id)}
            onChange={(e) => setMaterials(toggle(materials, r.id, e.target.checked))}
          />
        ))}
      </Fieldset>
      <TextArea
        id={fieldId(form, 'description')}
        label={labels.description as string}
        value={description}
        onChange={setDescription}
        error={fieldError('description')}
      />
      <div>
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** A labelled text area with an optional help line and its validation message. */
export function TextArea({
  id,
  label,
  help,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {help ? <Field.Description>{help}</Field.Description> : null}
      <Textarea
        id={id}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
