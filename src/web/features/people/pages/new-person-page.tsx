import { Button, Fieldset } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignedIn } from '../../../app/session.tsx';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { createPerson } from '../api.ts';
import {
  EmploymentFields,
  employmentInput,
  employmentLabels,
  employmentValues,
  unchosenEmployment,
  useUnitOptions,
} from '../components/employment-fields.tsx';
import { PersonFields, personInput, personLabels, personValues } from '../components/person-fields.tsx';

const FORM = 'person-new';

export function NewPersonPage() {
  const t = useT();
  const { owner } = useSignedIn();
  const navigate = useNavigate();
  const units = useUnitOptions(owner?.abilities.manageOrganisation ? owner.id : null);
  const [person, setPerson] = useState(personValues);
  const [employment, setEmployment] = useState(() => employmentValues(undefined, { positionPercent: '' }));
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({
    EMAIL_TAKEN: 'email',
    EMPLOYEE_NUMBER_TAKEN: 'employeeNumber',
  });
  if (!owner?.abilities.manageOrganisation) return <NoOwnerAccess />;

  // The first employment is optional: it is sent only when any of its fields is filled in.
  const hasEmployment = Object.values(employment).some((v) => v !== '');
  const labels: Record<string, string> = { ...personLabels(t) };
  for (const [key, label] of Object.entries(employmentLabels(t))) labels[`employment.${key}`] = label;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!owner) return;
    clear();
    setBusy(true);
    try {
      const created = await createPerson(owner.id, {
        ...personInput(person),
        ...(hasEmployment ? { employment: employmentInput(employment) } : {}),
      });
      navigate(`/personer/${created.id}`, { state: { saved: 'created' } });
    } catch (err) {
      fail(err, { unchosen: unchosenEmployment(employment, 'employment.') });
      setBusy(false);
    }
  }

  return (
    <Page title={t('web.people.newTitle')} lead={t('web.people.newLead')}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblems problem={problem} form={FORM} labels={labels} />
        <section className="section">
          <Fieldset>
            <Fieldset.Legend>{t('web.people.aboutPerson')}</Fieldset.Legend>
            <PersonFields form={FORM} values={person} onChange={setPerson} fieldError={fieldError} />
          </Fieldset>
        </section>
        <section className="section">
          <Fieldset>
            <Fieldset.Legend>{t('web.people.firstEmployment')}</Fieldset.Legend>
            <Fieldset.Description>{t('web.people.firstEmploymentHelp')}</Fieldset.Description>
            <EmploymentFields
              form={FORM}
              prefix="employment."
              values={employment}
              onChange={setEmployment}
              fieldError={fieldError}
              units={units?.filter((u) => u.active)}
              required={false}
            />
          </Fieldset>
        </section>
        <div className="form__buttons">
          <Button type="submit" loading={busy}>
            {t('web.people.create')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/personer')}>
            {t('web.common.cancel')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
