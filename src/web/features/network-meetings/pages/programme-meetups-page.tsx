import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
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
import { cancelMeetup, type MeetupList, meetingRoutes, meetupsPath, publishMeetup } from '../api.ts';
import { CancelledTag, MeetingWhen } from '../components/meeting-bits.tsx';
import { TextArea } from '../components/meeting-form.tsx';
import '../network-meetings.css';

const FORM = 'meetup';

function MeetupForm({ onSubmit }: { onSubmit: (input: Record<string, unknown>) => Promise<void> }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('18:00');
  const [endTime, setEndTime] = useState('21:00');
  const [capacity, setCapacity] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const labels: Record<string, string> = {
    title: t('networkMeetings.web.meetups.field.title'),
    date: t('networkMeetings.web.field.date'),
    startTime: t('networkMeetings.web.field.startTime'),
    endTime: t('networkMeetings.web.field.endTime'),
    place: t('networkMeetings.web.field.place'),
    capacity: t('networkMeetings.web.meetups.field.capacity'),
    description: t('networkMeetings.web.field.description'),
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      await onSubmit({ title, description, place, date, startTime, endTime, capacity: numberOrNull(capacity) });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form meeting-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="meetup-new">
      <Heading level={2} data-size="sm" id="meetup-new">
        {t('networkMeetings.web.meetups.new')}
      </Heading>
      <Paragraph data-size="sm">{t('networkMeetings.web.meetups.newHelp')}</Paragraph>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      <Textfield
        id={fieldId(FORM, 'title')}
        label={labels.title}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
      />
      <div className="meeting-when">
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
      <Textfield
        id={fieldId(FORM, 'capacity')}
        label={labels.capacity}
        description={t('networkMeetings.web.meetups.field.capacityHelp')}
        inputMode="numeric"
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        error={fieldError('capacity')}
      />
      <TextArea
        id={fieldId(FORM, 'description')}
        label={labels.description as string}
        value={description}
        onChange={setDescription}
        error={fieldError('description')}
      />
      <div>
        <Button type="submit" loading={busy}>
          {t('networkMeetings.web.meetups.publish')}
        </Button>
      </div>
    </form>
  );
}

function MeetupsSection({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const ownerId = ctx.owner.id;
  const view = useApiGet<MeetupList>(meetupsPath(ownerId, ctx.programme.id));
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (view.error) return <LoadError error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Loading />;
  return (
    <>
      <Saved message={saved} />
      <section className="section" aria-labelledby="meetups-list">
        <Heading level={2} data-size="sm" id="meetups-list">
          {t('networkMeetings.web.meetups.list')}
        </Heading>
        {view.data.meetups.length === 0 ? <Paragraph>{t('networkMeetings.web.meetups.none')}</Paragraph> : null}
        {view.data.meetups.map((m) => (
          <article key={m.id} className="meeting-card" aria-labelledby={`meetup-${m.id}`}>
            <Heading level={3} data-size="xs" id={`meetup-${m.id}`}>
              {m.title} <CancelledTag cancelled={m.cancelled} />
            </Heading>
            <Paragraph data-size="sm">
              <MeetingWhen meeting={m} />, {m.place}
            </Paragraph>
            <Paragraph data-size="sm">
              {m.capacity === null
                ? t('networkMeetings.web.meetups.signedUp', { count: formatNumber(locale, m.signedUp) })
                : t('networkMeetings.web.meetups.signedUpOf', {
                    count: formatNumber(locale, m.signedUp),
                    capacity: formatNumber(locale, m.capacity),
                  })}
            </Paragraph>
            {m.signups.length ? (
              <ul>
                {m.signups.map((p) => (
                  <li key={p.personId}>
                    {p.name}
                    {p.unitName ? `, ${p.unitName}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
            {view.data?.canManage && !m.cancelled ? (
              <Button
                variant="secondary"
                data-size="sm"
                data-color="danger"
                onClick={() => {
                  if (!window.confirm(t('networkMeetings.web.meetups.cancelConfirm'))) return;
                  cancelMeetup(ownerId, m.id)
                    .then(() => {
                      setSaved(t('networkMeetings.web.meetups.cancelled'));
                      view.reload();
                    })
                    .catch((err: unknown) => setSaved(errorMessage(err)));
                }}
              >
                {t('networkMeetings.web.meetups.cancel', { title: m.title })}
              </Button>
            ) : null}
          </article>
        ))}
      </section>
      {view.data.canManage ? (
        <section className="section">
          <MeetupForm
            key={formKey}
            onSubmit={async (input) => {
              await publishMeetup(ownerId, ctx.programme.id, input as never);
              setSaved(t('networkMeetings.web.meetups.published'));
              setFormKey((k) => k + 1);
              view.reload();
            }}
          />
        </section>
      ) : null}
    </>
  );
}

/** "Sosiale treff": the coordinator publishes meetups for the programme's NQTs and sees who signed up. */
export function ProgrammeMeetupsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('networkMeetings.web.meetups.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage
          title={title}
          programme={ctx.programme}
          back={<AppLink to={meetingRoutes.programme(ctx.programme.id)}>{t('networkMeetings.web.title')}</AppLink>}
        >
          <Paragraph>{t('networkMeetings.web.meetups.intro')}</Paragraph>
          <MeetupsSection ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
