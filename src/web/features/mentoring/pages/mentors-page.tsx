import { Button, Heading, Label, Paragraph, Search, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { Person } from '../../../../shared/schemas/organisation.ts';
import { FormProblems, fieldId, numberOrNull, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatNumber, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { peoplePath } from '../../people/api.ts';
import type { PageOf } from '../../units/api.ts';
import { fullName, type MentorProfile, mentorsPath, saveMentor } from '../api.ts';
import { type ProgrammeContext, ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';

/** Which mentor the form is open for: someone new (picked by search), or an existing profile. */
type Editing = { kind: 'new' } | { kind: 'edit'; mentor: MentorProfile } | null;

function education(t: Translate, m: MentorProfile): string {
  const label = t(`mentorEducation.${m.mentorEducation}`);
  return m.mentorEducationCredits
    ? t('web.mentoring.mentors.credits', { label, credits: m.mentorEducationCredits })
    : label;
}

function MentorForm({
  ctx,
  editing,
  existing,
  onSaved,
  onCancel,
}: {
  ctx: ProgrammeContext;
  editing: Exclude<Editing, null>;
  existing: Set<string>;
  onSaved: (mentor: MentorProfile) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const current = editing.kind === 'edit' ? editing.mentor : null;
  const [capacity, setCapacity] = useState(current ? String(current.capacity) : '2');
  const [minutes, setMinutes] = useState(current ? String(current.minutesPerWeek) : '60');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [personId, setPersonId] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({ MENTOR_NOT_QUALIFIED: 'personId' });
  const form = 'mentor';
  // The people search matches one field at a time, so "Kari Nordmann" is sent as its longest word and
  // the answer narrowed here to those matching every word.
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const found = useApiGet<PageOf<Person>>(
    editing.kind === 'new' && longest ? peoplePath(ctx.owner.id, { q: longest, limit: 50, offset: 0 }) : null,
  );
  const candidates = (found.data?.items ?? []).filter((p) => {
    const text = `${p.givenName} ${p.familyName} ${p.employeeNumber} ${p.email}`.toLowerCase();
    return !existing.has(p.id) && words.every((w) => text.includes(w));
  });
  const labels = {
    personId: t('web.mentoring.mentors.person'),
    capacity: t('web.mentoring.mentors.capacity'),
    minutesPerWeek: t('web.mentoring.mentors.minutesPerWeek'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    const target = current?.personId ?? (personId || candidates[0]?.id);
    if (!target) return;
    setBusy(true);
    try {
      const input = { capacity: numberOrNull(capacity), minutesPerWeek: numberOrNull(minutes) } as {
        capacity: number;
        minutesPerWeek: number;
      };
      onSaved(await saveMentor(ctx.owner.id, ctx.programme.id, target, input));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form">
      <Heading level={3} data-size="xs" id="mentor-form-title">
        {current
          ? t('web.mentoring.mentors.editTitle', { name: fullName(current) })
          : t('web.mentoring.mentors.addTitle')}
      </Heading>
      {editing.kind === 'new' ? (
        <search>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setPersonId('');
              setQ(draft.trim());
            }}
          >
            <Label htmlFor="mentor-q">{t('web.mentoring.mentors.search')}</Label>
            <Search>
              <Search.Input id="mentor-q" value={draft} onChange={(e) => setDraft(e.target.value)} />
              <Search.Button>{t('web.common.search')}</Search.Button>
            </Search>
          </form>
        </search>
      ) : null}
      <form className="form" onSubmit={submit} noValidate aria-labelledby="mentor-form-title">
        <FormProblems problem={problem} form={form} labels={labels} />
        <div className="form__grid">
          {editing.kind === 'new' ? (
            <SelectField
              id={fieldId(form, 'personId')}
              label={labels.personId}
              className="form__wide"
              value={personId || candidates[0]?.id || ''}
              onChange={(e) => setPersonId(e.target.value)}
              error={fieldError('personId')}
              disabled={candidates.length === 0}
            >
              {candidates.length === 0 ? (
                <option value="">
                  {q ? t('web.mentoring.mentors.noneFound') : t('web.mentoring.mentors.searchFirst')}
                </option>
              ) : (
                candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {fullName(p)} ({p.employeeNumber})
                  </option>
                ))
              )}
            </SelectField>
          ) : null}
          <Textfield
            id={fieldId(form, 'capacity')}
            label={labels.capacity}
            description={t('web.mentoring.mentors.capacityHelp')}
            inputMode="numeric"
            required
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            error={fieldError('capacity')}
          />
          <Textfield
            id={fieldId(form, 'minutesPerWeek')}
            label={labels.minutesPerWeek}
            description={t('web.mentoring.mentors.minutesHelp')}
            inputMode="numeric"
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={fieldError('minutesPerWeek')}
          />
        </div>
        <div className="form__buttons">
          <Button type="submit" loading={busy} disabled={editing.kind === 'new' && candidates.length === 0}>
            {t('web.common.save')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('web.common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function MentorsSection({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useApiGet<{ items: MentorProfile[] }>(
    mentorsPath(ctx.owner.id, ctx.programme.id),
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return loading ? <Loading /> : null;
  const mentors = data.items;
  const capacity = mentors.reduce((sum, m) => sum + m.capacity, 0);

  return (
    <section className="section" aria-labelledby="mentors-list">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="mentors-list">
          {t('web.mentoring.mentors.listTitle', { count: formatNumber(locale, mentors.length) })}
        </Heading>
        {ctx.canManage && !editing ? (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setMessage(null);
              setEditing({ kind: 'new' });
            }}
          >
            {t('web.mentoring.mentors.add')}
          </Button>
        ) : null}
      </div>
      <Paragraph data-size="sm">
        {t('web.mentoring.mentors.lead', { capacity: formatNumber(locale, capacity) })}
      </Paragraph>
      <Saved message={message} />
      {editing ? (
        <MentorForm
          key={editing.kind === 'edit' ? editing.mentor.personId : 'new'}
          ctx={ctx}
          editing={editing}
          existing={new Set(mentors.map((m) => m.personId))}
          onCancel={() => setEditing(null)}
          onSaved={(mentor) => {
            setEditing(null);
            setMessage(
              editing.kind === 'new'
                ? t('web.mentoring.mentors.added', { name: fullName(mentor) })
                : t('web.common.saved'),
            );
            reload();
          }}
        />
      ) : null}
      {mentors.length === 0 ? (
        <Paragraph>{t('web.mentoring.mentors.none')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption>{t('web.mentoring.mentors.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.mentoring.common.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.mentors.education')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.mentors.experience')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.mentors.capacity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.mentoring.mentors.minutesPerWeek')}</Table.HeaderCell>
                {ctx.canManage ? <Table.HeaderCell>{t('web.common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {mentors.map((m) => (
                <Table.Row key={m.personId}>
                  <Table.Cell>
                    <AppLink to={`/personer/${m.personId}`}>{fullName(m)}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{education(t, m)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {m.teachingExperienceYears === null
                      ? t('web.common.none')
                      : t('web.mentoring.mentors.years', { years: formatNumber(locale, m.teachingExperienceYears) })}
                    {m.experienced ? (
                      <>
                        {' '}
                        <Tag data-size="sm" data-color="success">
                          {t('web.mentoring.mentors.experienced')}
                        </Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{formatNumber(locale, m.capacity)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {t('web.mentoring.plan.minutes', { minutes: formatNumber(locale, m.minutesPerWeek) })}
                  </Table.Cell>
                  {ctx.canManage ? (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => {
                          setMessage(null);
                          setEditing({ kind: 'edit', mentor: m });
                        }}
                      >
                        {t('web.common.edit')}
                        <span className="visually-hidden"> {fullName(m)}</span>
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
  );
}

/** The programme's mentors: education, experience, how many NQTs each takes and the time set aside. */
export function MentorsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.mentoring.mentors.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <MentorsSection ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
