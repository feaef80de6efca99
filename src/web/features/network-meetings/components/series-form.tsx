import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import type { SeriesInput } from '../../../../shared/schemas/network-meetings.ts';
import { FormProblems, fieldId, numberOrNull, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { lines } from '../api.ts';
import { type Choice, TextArea } from './meeting-form.tsx';

const FORM = 'meeting-series';

/**
 * "Plan a series": meetings for the chosen groups every few weeks from a first day, the seed's four
 * themes in turn with their sub-goals; each meeting can be changed afterwards.
 */
export function SeriesForm({
  groups,
  facilitators,
  onSubmit,
}: {
  groups: Choice[];
  facilitators: Choice[];
  onSubmit: (input: SeriesInput) => Promise<void>;
}) {
  const t = useT();
  const titleId = useId();
  const [groupIds, setGroupIds] = useState<string[]>(groups.map((g) => g.id));
  const [firstDate, setFirstDate] = useState('');
  const [everyWeeks, setEveryWeeks] = useState('6');
  const [count, setCount] = useState('6');
  const [startTime, setStartTime] = useState('12:00');
  const [endTime, setEndTime] = useState('14:30');
  const [place, setPlace] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [external, setExternal] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const labels: Record<string, string> = {
    groupIds: t('networkMeetings.web.series.groups'),
    firstDate: t('networkMeetings.web.series.firstDate'),
    everyWeeks: t('networkMeetings.web.series.everyWeeks'),
    count: t('networkMeetings.web.series.count'),
    startTime: t('networkMeetings.web.field.startTime'),
    endTime: t('networkMeetings.web.field.endTime'),
    place: t('networkMeetings.web.field.place'),
    facilitatorPersonIds: t('networkMeetings.web.field.facilitators'),
    externalFacilitators: t('networkMeetings.web.field.external'),
  };
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      await onSubmit({
        groupIds,
        firstDate,
        everyWeeks: numberOrNull(everyWeeks) as number,
        count: numberOrNull(count) as number,
        startTime,
        endTime,
        place,
        facilitatorPersonIds: people,
        externalFacilitators: lines(external),
      });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form meeting-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('networkMeetings.web.series.title')}
      </Heading>
      <Paragraph data-size="sm">{t('networkMeetings.web.series.intro')}</Paragraph>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      <Fieldset data-size="sm" id={fieldId(FORM, 'groupIds')}>
        <Fieldset.Legend>{labels.groupIds}</Fieldset.Legend>
        {groups.map((g) => (
          <Checkbox
            key={g.id}
            label={g.name}
            value={g.id}
            checked={groupIds.includes(g.id)}
            onChange={(e) => setGroupIds(toggle(groupIds, g.id, e.target.checked))}
          />
        ))}
      </Fieldset>
      <div className="meeting-when">
        <Textfield
          id={fieldId(FORM, 'firstDate')}
          label={labels.firstDate}
          type="date"
          required
          value={firstDate}
          onChange={(e) => setFirstDate(e.target.value)}
          error={fieldError('firstDate')}
        />
        <Textfield
          id={fieldId(FORM, 'everyWeeks')}
          label={labels.everyWeeks}
          inputMode="numeric"
          value={everyWeeks}
          onChange={(e) => setEveryWeeks(e.target.value)}
          error={fieldError('everyWeeks')}
        />
        <Textfield
          id={fieldId(FORM, 'count')}
          label={labels.count}
          inputMode="numeric"
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={fieldError('count')}
        />
      </div>
      <div className="meeting-when">
        <Textfield
          id={fieldId(FORM, 'startTime')}
          label={labels.startTime}
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
        required
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={fieldError('place')}
      />
      <Fieldset data-size="sm" id={fieldId(FORM, 'facilitatorPersonIds')}>
        <Fieldset.Legend>{labels.facilitatorPersonIds}</Fieldset.Legend>
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
        id={fieldId(FORM, 'externalFacilitators')}
        label={labels.externalFacilitators as string}
        help={t('networkMeetings.web.field.externalHelp')}
        value={external}
        onChange={setExternal}
        error={fieldError('externalFacilitators')}
      />
      <div>
        <Button type="submit" loading={busy}>
          {t('networkMeetings.web.series.submit')}
        </Button>
      </div>
    </form>
  );
}
