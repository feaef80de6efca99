import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { type Enrolment, enrol, enrolmentProblems, fullName, type NotReached } from '../api.ts';
import type { ProgrammeContext } from './programme-frame.tsx';
import { ReasonText } from './reason-text.tsx';

/**
 * Eligible NQTs not yet in the programme, with a checkbox each and "Enrol selected". Enrolment is all
 * or nothing: when the server refuses some, each refused person's reason stands beside them.
 */
export function NotReachedSection({
  ctx,
  people,
  onEnrolled,
}: {
  ctx: ProgrammeContext;
  people: NotReached[];
  onEnrolled: (created: Enrolment[]) => void;
}) {
  const { t, locale } = useI18n();
  const { owner, programme, canManage } = ctx;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [startsOn, setStartsOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [perPerson, setPerPerson] = useState<Map<string, string>>(new Map());
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = 'enrol';
  const [unitId, setUnitId] = useState('');
  // People who have left the list since they were ticked (enrolled elsewhere) are not sent.
  const chosen = people.filter((p) => selected.has(p.personId)).map((p) => p.personId);
  const units = [...new Map(people.map((p) => [p.unitId ?? '', p.unitName ?? ''])).entries()]
    .filter(([id]) => id !== '')
    .sort((a, b) => a[1].localeCompare(b[1], locale));
  const shown = unitId ? people.filter((p) => p.unitId === unitId) : people;
  const allShownChosen = shown.length > 0 && shown.every((p) => selected.has(p.personId));

  function selectShown(on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const p of shown) {
        if (on) next.add(p.personId);
        else next.delete(p.personId);
      }
      return next;
    });
  }

  function toggle(personId: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setMessage(null);
    setPerPerson(new Map());
    if (chosen.length === 0) {
      fail(new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: t('web.mentoring.reach.chooseSomeone') }));
      return;
    }
    setBusy(true);
    try {
      const { items } = await enrol(owner.id, programme.id, {
        personIds: chosen,
        ...(startsOn ? { startsOn } : {}),
      });
      setSelected(new Set());
      setMessage(t('web.mentoring.reach.enrolled', { count: items.length }));
      onEnrolled(items);
    } catch (err) {
      fail(err);
      if (err instanceof ApiError) setPerPerson(enrolmentProblems(err.details));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="reach-not-reached">
      <Heading level={2} data-size="sm" id="reach-not-reached">
        {t('web.mentoring.reach.notReachedTitle', { count: formatNumber(locale, people.length) })}
      </Heading>
      <Paragraph data-size="sm">{t('web.mentoring.reach.notReachedLead')}</Paragraph>
      <Saved message={message} />
      {people.length === 0 ? (
        <Paragraph>{t('web.mentoring.reach.notReachedNone')}</Paragraph>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label={t('web.mentoring.reach.enrolForm')}>
          <FormProblems problem={problem} form={form} labels={{ startsOn: t('web.mentoring.reach.startsOn') }} />
          {canManage ? (
            <div className="enrol-bar">
              <Textfield
                id={fieldId(form, 'startsOn')}
                label={t('web.mentoring.reach.startsOn')}
                description={t('web.mentoring.reach.startsOnHelp')}
                type="date"
                value={startsOn}
                onChange={(e) => setStartsOn(e.target.value)}
                error={fieldError('startsOn')}
              />
              <Button type="submit" loading={busy}>
                {t('web.mentoring.reach.enrolSelected', { count: chosen.length })}
              </Button>
            </div>
          ) : null}
          <div className="enrol-bar">
            <SelectField
              label={t('web.mentoring.reach.unitFilter')}
              width="auto"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
            >
              <option value="">{t('web.mentoring.reach.allUnits')}</option>
              {units.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption>
                {unitId
                  ? t('web.mentoring.reach.notReachedCaptionShown', {
                      shown: formatNumber(locale, shown.length),
                      total: formatNumber(locale, people.length),
                    })
                  : t('web.mentoring.reach.notReachedCaption')}
              </caption>
              <Table.Head>
                <Table.Row>
                  {canManage ? (
                    <Table.HeaderCell>
                      <Checkbox
                        aria-label={t('web.mentoring.reach.selectAll')}
                        checked={allShownChosen}
                        onChange={(e) => selectShown(e.target.checked)}
                      />
                    </Table.HeaderCell>
                  ) : null}
                  <Table.HeaderCell>{t('web.mentoring.common.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.common.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.common.programmeYear')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.reach.professionStart')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.mentoring.common.position')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {shown.map((p) => {
                  const refused = perPerson.get(p.personId);
                  const name = fullName(p);
                  return (
                    <Table.Row key={p.personId}>
                      {canManage ? (
                        <Table.Cell>
                          <Checkbox
                            aria-label={t('web.mentoring.reach.select', { name })}
                            checked={selected.has(p.personId)}
                            onChange={(e) => toggle(p.personId, e.target.checked)}
                            aria-invalid={refused ? true : undefined}
                            aria-describedby={refused ? `refused-${p.personId}` : undefined}
                          />
                        </Table.Cell>
                      ) : null}
                      <Table.Cell>
                        <AppLink to={`/personer/${p.personId}`}>{name}</AppLink>
                        {refused ? (
                          <ValidationMessage id={`refused-${p.personId}`} data-size="sm">
                            <ReasonText reason={refused} />
                          </ValidationMessage>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>{p.unitName ?? t('web.common.none')}</Table.Cell>
                      <Table.Cell className="nowrap">
                        {t('web.mentoring.common.year', { year: p.programmeYear })}
                      </Table.Cell>
                      <Table.Cell className="nowrap">{formatDate(locale, p.professionStart)}</Table.Cell>
                      <Table.Cell className="nowrap">
                        {p.positionPercent === null ? t('web.common.none') : `${p.positionPercent} %`}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        </form>
      )}
    </section>
  );
}
