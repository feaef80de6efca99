import { Button, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { chosen, FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import {
  addMeasure,
  MEASURE_STATUSES,
  type MeasureStatus,
  type QualityMeasure,
  removeMeasure,
  setMeasureStatus,
  updateMeasure,
} from '../api.ts';
import { type ChosenPerson, PersonChooser } from './person-chooser.tsx';
import { useWriter } from './writer.tsx';

const FORM = 'qc-measure';

function StatusCell({ measure, onSaved }: { measure: QualityMeasure; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const { cycle, write } = useWriter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!cycle.abilities.manage) return <>{t(`web.qualityCycle.measureStatus.${measure.status}`)}</>;
  async function change(status: MeasureStatus) {
    setBusy(true);
    setProblem(null);
    try {
      await write(() => setMeasureStatus(cycle, measure, status));
      onSaved(
        t('web.qualityCycle.statusSaved', {
          text: measure.text,
          status: t(`web.qualityCycle.measureStatus.${status}`),
        }),
      );
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Select
        data-size="sm"
        width="auto"
        aria-label={t('web.qualityCycle.measureStatusLabel', { text: measure.text })}
        value={measure.status}
        disabled={busy}
        onChange={(e) => void change(e.target.value as MeasureStatus)}
      >
        {MEASURE_STATUSES.map((s) => (
          <Select.Option key={s} value={s}>
            {t(`web.qualityCycle.measureStatus.${s}`)}
          </Select.Option>
        ))}
      </Select>
      {problem ? (
        <Paragraph data-size="sm" role="alert">
          {problem}
        </Paragraph>
      ) : null}
    </>
  );
}

function MeasuresTable({
  onSaved,
  onEdit,
}: {
  onSaved: (message: string) => void;
  onEdit: (measure: QualityMeasure) => void;
}) {
  const { t, locale } = useI18n();
  const { cycle, write } = useWriter();
  const [problem, setProblem] = useState<string | null>(null);
  const goals = new Map(cycle.goals.map((g, i) => [g.id, `${i + 1}. ${g.text}`]));
  async function remove(id: string) {
    setProblem(null);
    try {
      await write(() => removeMeasure(cycle, id));
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }
  if (cycle.measures.length === 0) return <Paragraph>{t('web.qualityCycle.noMeasures')}</Paragraph>;
  return (
    <>
      <TableScroll labelledBy="qc-measures-caption">
        <Table data-size="sm" className="qc-measures">
          <caption id="qc-measures-caption">{t('web.qualityCycle.measuresCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('web.qualityCycle.col.measure')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.qualityCycle.col.responsible')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.qualityCycle.col.due')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.qualityCycle.col.goal')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.qualityCycle.col.status')}</Table.HeaderCell>
              {cycle.abilities.manage ? <Table.HeaderCell>{t('web.qualityCycle.col.actions')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cycle.measures.map((m) => (
              <Table.Row key={m.id} className={m.overdue ? 'qc-measure--overdue' : undefined}>
                <Table.HeaderCell scope="row" className="qc-measure__text">
                  {m.text}
                  {/* In the first column, so a phone shows it without scrolling the table sideways. */}
                  {m.overdue ? (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="danger">
                        {t('web.qualityCycle.overdue')}
                      </Tag>
                    </>
                  ) : null}
                  {m.carriedFromSchoolYear ? (
                    <>
                      {' '}
                      <Tag
                        data-size="sm"
                        data-color="info"
                        title={t('web.qualityCycle.carriedLong', { schoolYear: m.carriedFromSchoolYear })}
                      >
                        {t('web.qualityCycle.carried', { schoolYear: m.carriedFromSchoolYear })}
                      </Tag>
                    </>
                  ) : null}
                </Table.HeaderCell>
                <Table.Cell>{[m.responsibleName, m.responsibleText].filter(Boolean).join(', ')}</Table.Cell>
                <Table.Cell className="nowrap">
                  {m.dueOn ? formatDate(locale, m.dueOn) : t('web.qualityCycle.noDue')}
                </Table.Cell>
                <Table.Cell>{m.goalId ? (goals.get(m.goalId) ?? '') : t('web.qualityCycle.noGoal')}</Table.Cell>
                <Table.Cell>
                  <StatusCell measure={m} onSaved={onSaved} />
                </Table.Cell>
                {cycle.abilities.manage ? (
                  <Table.Cell className="nowrap">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('web.qualityCycle.editMeasureLabel', { text: m.text })}
                      onClick={() => onEdit(m)}
                    >
                      {t('web.qualityCycle.edit')}
                    </Button>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('web.qualityCycle.removeMeasure', { text: m.text })}
                      onClick={() => void remove(m.id)}
                    >
                      {t('web.qualityCycle.remove')}
                    </Button>
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {problem ? <Paragraph role="alert">{problem}</Paragraph> : null}
    </>
  );
}

/** Adds a measure, or changes the one being edited (then the form starts from it, and says so in its heading). */
function MeasureForm({
  editing,
  onSaved,
  onDone,
}: {
  editing: QualityMeasure | null;
  onSaved: (message: string) => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { cycle, write } = useWriter();
  const { problem, fail, clear, fieldError } = useFormProblem();
  const [text, setText] = useState(editing?.text ?? '');
  const [responsibleText, setResponsibleText] = useState(editing?.responsibleText ?? '');
  const [dueOn, setDueOn] = useState(editing?.dueOn ?? '');
  const [goalId, setGoalId] = useState(editing?.goalId ?? '');
  const [status, setStatus] = useState<MeasureStatus | ''>(editing?.status ?? 'planned');
  const [person, setPerson] = useState<ChosenPerson | null>(
    editing?.responsiblePersonId
      ? { id: editing.responsiblePersonId, name: editing.responsibleName ?? editing.responsiblePersonId }
      : null,
  );
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);
  // Opening a measure for editing moves focus to the form, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const labels = {
    text: t('web.qualityCycle.measureText'),
    responsibleText: t('web.qualityCycle.measureResponsible'),
    responsiblePersonId: t('web.qualityCycle.person'),
    dueOn: t('web.qualityCycle.measureDue'),
    goalId: t('web.qualityCycle.measureGoal'),
    status: t('web.qualityCycle.measureStatus'),
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      const fields = {
        text,
        responsibleText,
        responsiblePersonId: person?.id ?? null,
        dueOn: dueOn === '' ? null : dueOn,
        status: chosen(status),
        goalId: goalId === '' ? null : goalId,
      };
      // The row as the page has it now: a status changed in the table since the form opened is this user's own.
      const current = editing ? (cycle.measures.find((m) => m.id === editing.id) ?? editing) : null;
      await write(() => (current ? updateMeasure(cycle, current, fields) : addMeasure(cycle, fields)));
      setText('');
      setResponsibleText('');
      setDueOn('');
      setGoalId('');
      setStatus('planned');
      setPerson(null);
      onSaved(t(editing ? 'web.qualityCycle.measureSaved' : 'web.qualityCycle.measureAdded'));
      onDone();
    } catch (err) {
      fail(err, { unchosen: status === '' ? ['status'] : [] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="qc-measure-form">
      <Paragraph id="qc-measure-form" className="qc-form-title" ref={heading} tabIndex={-1}>
        {editing ? t('web.qualityCycle.editMeasure') : t('web.qualityCycle.newMeasure')}
      </Paragraph>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      <div className="form__grid">
        <Textfield
          className="form__wide"
          id={fieldId(FORM, 'text')}
          label={labels.text}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError('text')}
        />
        <Textfield
          id={fieldId(FORM, 'responsibleText')}
          label={labels.responsibleText}
          description={t('web.qualityCycle.measureResponsibleHelp')}
          value={responsibleText}
          onChange={(e) => setResponsibleText(e.target.value)}
          error={fieldError('responsibleText')}
        />
        <Textfield
          id={fieldId(FORM, 'dueOn')}
          label={labels.dueOn}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={fieldError('dueOn')}
        />
        <PersonChooser
          id={fieldId(FORM, 'responsiblePersonId')}
          ownerId={cycle.ownerId}
          value={person}
          onChange={setPerson}
        />
        <SelectField
          id={fieldId(FORM, 'goalId')}
          label={labels.goalId}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
          error={fieldError('goalId')}
        >
          <Select.Option value="">{t('web.qualityCycle.noGoal')}</Select.Option>
          {cycle.goals.map((g, i) => (
            <Select.Option key={g.id} value={g.id}>
              {`${i + 1}. ${g.text}`}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId(FORM, 'status')}
          label={labels.status}
          value={status}
          onChange={(e) => setStatus(e.target.value as MeasureStatus)}
          error={fieldError('status')}
        >
          {MEASURE_STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`web.qualityCycle.measureStatus.${s}`)}
            </Select.Option>
          ))}
        </SelectField>
      </div>
      <div className="form__buttons">
        <Button type="submit" variant="secondary" disabled={busy}>
          {editing ? t('web.qualityCycle.saveMeasure') : t('web.qualityCycle.addMeasure')}
        </Button>
        {editing ? (
          <Button type="button" variant="tertiary" onClick={onDone}>
            {t('web.qualityCycle.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Phase 5: the measures (overdue ones said in words, last year's marked) and a form to add one. */
export function MeasuresContent() {
  const { t } = useI18n();
  const { cycle } = useWriter();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<QualityMeasure | null>(null);
  const overdue = cycle.measures.filter((m) => m.overdue).length;
  return (
    <>
      {overdue > 0 ? (
        <Paragraph className="qc-overdue-note">{t('web.qualityCycle.overdueCount', { count: overdue })}</Paragraph>
      ) : null}
      <MeasuresTable
        onSaved={setMessage}
        onEdit={(m) => {
          setMessage(null);
          setEditing(m);
        }}
      />
      <Saved message={message} />
      {cycle.abilities.manage ? (
        <MeasureForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onSaved={setMessage}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
