import { Textfield } from '@digdir/designsystemet-react';
import { POSITIONS, type Position } from '../../../../shared/enums.ts';
import type { Employment, EmploymentInput, Unit } from '../../../../shared/schemas/organisation.ts';
import { STAGES, type Stage } from '../../../../shared/subjects.ts';
import { chosen, fieldId, numberOrNull, SelectField } from '../../../lib/form.tsx';
import { type Translate, useT } from '../../../lib/i18n.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type PageOf, unitsPath } from '../../units/api.ts';

export interface EmploymentValues {
  unitId: string;
  position: Position | '';
  positionPercent: string;
  startDate: string;
  endDate: string;
  stage: Stage | '';
}

export function employmentValues(employment?: Employment, overrides: Partial<EmploymentValues> = {}): EmploymentValues {
  return {
    unitId: employment?.unitId ?? '',
    position: employment?.position ?? '',
    positionPercent: employment ? String(employment.positionPercent) : '100',
    startDate: employment?.startDate ?? '',
    endDate: employment?.endDate ?? '',
    stage: employment?.stage ?? '',
    ...overrides,
  };
}

/** The API body; empty or odd values go as typed so the server explains them beside the field. */
export function employmentInput(values: EmploymentValues): EmploymentInput {
  return {
    unitId: chosen(values.unitId),
    position: chosen(values.position),
    positionPercent: numberOrNull(values.positionPercent),
    startDate: chosen(values.startDate),
    endDate: values.endDate || null,
    stage: values.stage || null,
  } as EmploymentInput;
}

/** Selects of the employment still at "Choose …", as error paths (see useFormProblem). */
export function unchosenEmployment(values: EmploymentValues, prefix = ''): string[] {
  return (['unitId', 'position'] as const).filter((key) => values[key] === '').map((key) => `${prefix}${key}`);
}

export function employmentLabels(t: Translate): Record<keyof EmploymentValues, string> {
  return {
    unitId: t('web.employment.unit'),
    position: t('web.employment.position'),
    positionPercent: t('web.employment.percent'),
    startDate: t('web.employment.startDate'),
    endDate: t('web.employment.endDate'),
    stage: t('stage.label'),
  };
}

/** The owner's units for a picker; up to 500, which covers even a large municipality. */
export function useUnitOptions(ownerId: string | null): Unit[] | undefined {
  return useApiGet<PageOf<Unit>>(ownerId ? unitsPath(ownerId, { includeInactive: true, limit: 500, offset: 0 }) : null)
    .data?.items;
}

/**
 * Fields of one employment. `prefix` is the path the server reports errors under (`employment.` when
 * the employment is part of creating a person).
 */
export function EmploymentFields({
  form,
  prefix = '',
  values,
  onChange,
  fieldError,
  units,
  required = true,
}: {
  form: string;
  prefix?: string;
  values: EmploymentValues;
  onChange: (values: EmploymentValues) => void;
  fieldError: (path: string) => string | undefined;
  units: Unit[] | undefined;
  required?: boolean;
}) {
  const t = useT();
  const labels = employmentLabels(t);
  const set = (key: keyof EmploymentValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  const path = (key: keyof EmploymentValues) => `${prefix}${key}`;
  return (
    <div className="form__grid">
      <SelectField
        id={fieldId(form, path('unitId'))}
        label={labels.unitId}
        required={required}
        value={values.unitId}
        onChange={set('unitId')}
        error={fieldError(path('unitId'))}
      >
        <option value="">{required ? t('web.common.choose') : t('web.employment.noUnit')}</option>
        {(units ?? []).map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.active ? unit.name : t('web.employment.inactiveUnit', { name: unit.name })}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldId(form, path('position'))}
        label={labels.position}
        required={required}
        value={values.position}
        onChange={set('position')}
        error={fieldError(path('position'))}
      >
        <option value="">{t('web.common.choose')}</option>
        {POSITIONS.map((position) => (
          <option key={position} value={position}>
            {t(`position.${position}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={fieldId(form, path('positionPercent'))}
        label={labels.positionPercent}
        required={required}
        inputMode="decimal"
        suffix="%"
        value={values.positionPercent}
        onChange={set('positionPercent')}
        error={fieldError(path('positionPercent'))}
      />
      <Textfield
        id={fieldId(form, path('startDate'))}
        label={labels.startDate}
        required={required}
        type="date"
        value={values.startDate}
        onChange={set('startDate')}
        error={fieldError(path('startDate'))}
      />
      <Textfield
        id={fieldId(form, path('endDate'))}
        label={labels.endDate}
        description={t('web.employment.endDateHelp')}
        type="date"
        value={values.endDate}
        onChange={set('endDate')}
        error={fieldError(path('endDate'))}
      />
      <SelectField
        id={fieldId(form, path('stage'))}
        label={labels.stage}
        description={t('stage.help')}
        value={values.stage}
        onChange={set('stage')}
        error={fieldError(path('stage'))}
      >
        <option value="">{t('stage.none')}</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`stage.${stage}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
