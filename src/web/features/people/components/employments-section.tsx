import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { Employment, PersonDetail } from '../../../../shared/schemas/organisation.ts';
import type { MeOwner } from '../../../app/session.tsx';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { addEmployment, saveEmployment } from '../api.ts';
import {
  EmploymentFields,
  employmentInput,
  employmentLabels,
  employmentValues,
  unchosenEmployment,
  useUnitOptions,
} from './employment-fields.tsx';

/** Which employment the form is open for: a new one, or an existing one (to change or to end). */
type Editing = { kind: 'new' } | { kind: 'edit'; employment: Employment; ending: boolean } | null;

function today(): string {
  // A calendar day in Norway, whatever the device's clock zone.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export function EmploymentsSection({
  owner,
  person,
  onSaved,
}: {
  owner: MeOwner;
  person: PersonDetail;
  onSaved: (person: PersonDetail) => void;
}) {
  const { t, locale } = useI18n();
  const canManage = owner.abilities.manageOrganisation;
  const units = useUnitOptions(canManage ? owner.id : null);
  const [editing, setEditing] = useState<Editing>(null);
  const [values, setValues] = useState(() => employmentValues());
  const [busy, setBusy] = useState(false);
  // Said here, beside the list that changed, not at the top of a long page.
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = 'employment';

  function open(next: Editing) {
    clear();
    setMessage(null);
    setEditing(next);
    if (next?.kind === 'edit') {
      setValues(employmentValues(next.employment, next.ending ? { endDate: today() } : {}));
    } else {
      setValues(employmentValues());
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    clear();
    setBusy(true);
    try {
      const input = employmentInput(values);
      const saved =
        editing.kind === 'new'
          ? await addEmployment(owner.id, person.id, input)
          : await saveEmployment(owner.id, person.id, editing.employment.id, input);
      setEditing(null);
      onSaved(saved);
      setMessage(editing.kind === 'new' ? t('web.employment.added') : t('web.common.saved'));
    } catch (err) {
      fail(err, { unchosen: unchosenEmployment(values) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="person-employments">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="person-employments">
          {t('web.employment.title')}
        </Heading>
        {canManage && !editing ? (
          <Button variant="secondary" data-size="sm" onClick={() => open({ kind: 'new' })}>
            {t('web.employment.add')}
          </Button>
        ) : null}
      </div>
      <Saved message={message} />
      {person.employments.length === 0 ? (
        <Paragraph>{t('web.employment.none')}</Paragraph>
      ) : (
        <TableScroll labelledBy="person-employments-caption">
          <Table data-size="sm" zebra>
            <caption className="visually-hidden" id="person-employments-caption">
              {t('web.employment.caption', { name: person.givenName })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.employment.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.employment.position')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.employment.percent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stage.label')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.employment.period')}</Table.HeaderCell>
                {canManage ? <Table.HeaderCell>{t('web.common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {person.employments.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    <AppLink to={`/enheter/${e.unitId}`}>{e.unitName}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{t(`position.${e.position}`)}</Table.Cell>
                  <Table.Cell className="nowrap">{e.positionPercent} %</Table.Cell>
                  <Table.Cell className="nowrap">{e.stage ? t(`stage.${e.stage}`) : '–'}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {formatDate(locale, e.startDate)} –{' '}
                    {e.endDate ? formatDate(locale, e.endDate) : t('web.employment.ongoing')}
                  </Table.Cell>
                  {canManage ? (
                    <Table.Cell>
                      <div className="form__buttons">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => open({ kind: 'edit', employment: e, ending: false })}
                        >
                          {t('web.common.edit')}
                          <span className="visually-hidden"> {e.unitName}</span>
                        </Button>
                        {e.endDate ? null : (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => open({ kind: 'edit', employment: e, ending: true })}
                          >
                            {t('web.employment.end')}
                            <span className="visually-hidden"> {e.unitName}</span>
                          </Button>
                        )}
                      </div>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {editing ? (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="employment-form-title">
          <Heading level={3} data-size="xs" id="employment-form-title">
            {editing.kind === 'new'
              ? t('web.employment.addTitle')
              : editing.ending
                ? t('web.employment.endTitle', { unit: editing.employment.unitName })
                : t('web.employment.editTitle', { unit: editing.employment.unitName })}
          </Heading>
          <FormProblems problem={problem} form={form} labels={employmentLabels(t)} />
          <EmploymentFields
            form={form}
            values={values}
            onChange={setValues}
            fieldError={fieldError}
            units={units?.filter((u) => u.active || u.id === values.unitId)}
          />
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(null)}>
              {t('web.common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
