import { Button, Heading } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { PersonDetail } from '../../../../shared/schemas/organisation.ts';
import type { MeOwner } from '../../../app/session.tsx';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { updatePerson } from '../api.ts';
import { PersonFields, personInput, personLabels, personValues } from './person-fields.tsx';

export function DetailsSection({
  owner,
  person,
  onSaved,
}: {
  owner: MeOwner;
  person: PersonDetail;
  onSaved: (person: PersonDetail, message: string) => void;
}) {
  const t = useT();
  const form = `person-${person.id}`;
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(() => personValues(person));
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({
    EMAIL_TAKEN: 'email',
    EMPLOYEE_NUMBER_TAKEN: 'employeeNumber',
  });
  const canManage = owner.abilities.manageOrganisation;
  const none = t('web.common.none');

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      const saved = await updatePerson(owner.id, person.id, personInput(values));
      setEditing(false);
      onSaved(saved, t('web.common.saved'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="person-details">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="person-details">
          {editing ? t('web.person.editTitle') : t('web.person.details')}
        </Heading>
        {canManage && !editing ? (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setValues(personValues(person));
              clear();
              setEditing(true);
            }}
          >
            {t('web.common.edit')}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form className="form" onSubmit={submit} noValidate>
          <FormProblems problem={problem} form={form} labels={personLabels(t)} />
          <PersonFields form={form} values={values} onChange={setValues} fieldError={fieldError} />
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('web.common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <dl className="facts">
          <dt>{t('web.people.email')}</dt>
          <dd>{person.email}</dd>
          <dt>{t('web.people.phone')}</dt>
          <dd>{person.phone || none}</dd>
          <dt>{t('web.people.employeeNumber')}</dt>
          <dd>{person.employeeNumber}</dd>
          <dt>{t('web.people.teacherEducation')}</dt>
          <dd>
            {person.teacherEducation ? t(`teacherEducation.${person.teacherEducation}`) : none}
            {person.teacherEducationYear ? ` (${person.teacherEducationYear})` : ''}
          </dd>
          <dt>{t('web.people.teachingExperienceYears')}</dt>
          <dd>{person.teachingExperienceYears ?? none}</dd>
          <dt>{t('web.people.mentorEducation')}</dt>
          <dd>
            {t(`mentorEducation.${person.mentorEducation}`)}
            {person.mentorEducationCredits !== null
              ? ` (${t('web.person.credits', { credits: person.mentorEducationCredits })})`
              : ''}
          </dd>
          <dt>{t('subjects.label')}</dt>
          <dd>
            {person.subjects.length
              ? person.subjects.map((code) => t(`subject.${code}`)).join(', ')
              : t('subjects.none')}
          </dd>
        </dl>
      )}
    </section>
  );
}
