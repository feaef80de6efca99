import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import {
  MENTOR_EDUCATIONS,
  type MentorEducation,
  TEACHER_EDUCATIONS,
  type TeacherEducation,
} from '../../../../shared/enums.ts';
import type { Person, PersonInput } from '../../../../shared/schemas/organisation.ts';
import { SUBJECTS, type Subject } from '../../../../shared/subjects.ts';
import { fieldId, numberOrNull, numberText, SelectField } from '../../../lib/form.tsx';
import { type Translate, useT } from '../../../lib/i18n.tsx';

/** A person's fields as typed: numbers stay text until saved, so "5," is not lost mid-typing. */
export interface PersonValues {
  employeeNumber: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  teacherEducation: TeacherEducation | '';
  teacherEducationYear: string;
  mentorEducation: MentorEducation;
  mentorEducationCredits: string;
  teachingExperienceYears: string;
  subjects: Subject[];
}

export function personValues(person?: Person): PersonValues {
  return {
    employeeNumber: person?.employeeNumber ?? '',
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    teacherEducation: person?.teacherEducation ?? '',
    teacherEducationYear: numberText(person?.teacherEducationYear),
    mentorEducation: person?.mentorEducation ?? 'none',
    mentorEducationCredits: numberText(person?.mentorEducationCredits),
    teachingExperienceYears: numberText(person?.teachingExperienceYears),
    subjects: person?.subjects ?? [],
  };
}

/**
 * The API body. Text that is not a number is sent as typed, so the server answers with a translated
 * message beside the field instead of the form guessing.
 */
export function personInput(values: PersonValues): PersonInput {
  return {
    ...values,
    teacherEducation: values.teacherEducation || null,
    teacherEducationYear: numberOrNull(values.teacherEducationYear),
    mentorEducationCredits: numberOrNull(values.mentorEducationCredits),
    teachingExperienceYears: numberOrNull(values.teachingExperienceYears),
  } as PersonInput;
}

export function personLabels(t: Translate): Record<keyof PersonValues, string> {
  return {
    employeeNumber: t('web.people.employeeNumber'),
    givenName: t('web.people.givenName'),
    familyName: t('web.people.familyName'),
    email: t('web.people.email'),
    phone: t('web.people.phone'),
    teacherEducation: t('web.people.teacherEducation'),
    teacherEducationYear: t('web.people.teacherEducationYear'),
    mentorEducation: t('web.people.mentorEducation'),
    mentorEducationCredits: t('web.people.mentorEducationCredits'),
    teachingExperienceYears: t('web.people.teachingExperienceYears'),
    subjects: t('subjects.label'),
  };
}

interface TextExtras {
  required?: boolean;
  type?: 'email' | 'tel' | 'text';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal';
  description?: string;
}

/** The person's own fields, laid out in the form grid; the surrounding form owns state and saving. */
export function PersonFields({
  form,
  values,
  onChange,
  fieldError,
}: {
  form: string;
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const t = useT();
  const labels = personLabels(t);
  const text = (key: Exclude<keyof PersonValues, 'subjects'>, extra: TextExtras = {}) => (
    <Textfield
      id={fieldId(form, key)}
      label={labels[key]}
      value={values[key]}
      onChange={(e) => onChange({ ...values, [key]: e.target.value })}
      error={fieldError(key)}
      {...extra}
    />
  );
  return (
    <div className="form__grid">
      {text('givenName', { required: true, autoComplete: 'off' })}
      {text('familyName', { required: true, autoComplete: 'off' })}
      {text('email', { required: true, type: 'email', autoComplete: 'off' })}
      {text('phone', { type: 'tel', autoComplete: 'off' })}
      {text('employeeNumber', { required: true, autoComplete: 'off' })}
      <SelectField
        id={fieldId(form, 'teacherEducation')}
        label={labels.teacherEducation}
        value={values.teacherEducation}
        onChange={(e) => onChange({ ...values, teacherEducation: e.target.value as TeacherEducation | '' })}
        error={fieldError('teacherEducation')}
      >
        <option value="">{t('web.people.noTeacherEducationGiven')}</option>
        {TEACHER_EDUCATIONS.map((value) => (
          <option key={value} value={value}>
            {t(`teacherEducation.${value}`)}
          </option>
        ))}
      </SelectField>
      {text('teacherEducationYear', { inputMode: 'numeric', description: t('web.people.yearHelp') })}
      {text('teachingExperienceYears', { inputMode: 'decimal' })}
      <SelectField
        id={fieldId(form, 'mentorEducation')}
        label={labels.mentorEducation}
        value={values.mentorEducation}
        onChange={(e) => onChange({ ...values, mentorEducation: e.target.value as MentorEducation })}
        error={fieldError('mentorEducation')}
      >
        {MENTOR_EDUCATIONS.map((value) => (
          <option key={value} value={value}>
            {t(`mentorEducation.${value}`)}
          </option>
        ))}
      </SelectField>
      {text('mentorEducationCredits', { inputMode: 'decimal', description: t('web.people.creditsHelp') })}
      <Fieldset data-size="sm" className="form__wide">
        <Fieldset.Legend>{labels.subjects}</Fieldset.Legend>
        <Fieldset.Description>{t('subjects.help')}</Fieldset.Description>
        <div className="check-columns">
          {SUBJECTS.map((code, i) => (
            <Checkbox
              key={code}
              {...(i === 0 ? { id: fieldId(form, 'subjects') } : {})}
              value={code}
              label={t(`subject.${code}`)}
              checked={values.subjects.includes(code)}
              onChange={(e) =>
                onChange({
                  ...values,
                  // Kept in the list's order, so the same choice always saves the same way.
                  subjects: SUBJECTS.filter((s) => (s === code ? e.target.checked : values.subjects.includes(s))),
                })
              }
            />
          ))}
        </div>
        {fieldError('subjects') ? <ValidationMessage>{fieldError('subjects')}</ValidationMessage> : null}
      </Fieldset>
    </div>
  );
}
