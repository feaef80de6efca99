import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import type { Unit, UnitInput } from '../../../../shared/schemas/organisation.ts';
import {
  chosen,
  FormProblems,
  fieldId,
  numberOrNull,
  numberText,
  SelectField,
  useFormProblem,
} from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';

type UnitValues = Omit<UnitInput, 'unitType' | 'latitude' | 'longitude'> & {
  unitType: UnitType | '';
  latitude: string;
  longitude: string;
};

/** Create or edit a unit. `onSave` throws the API error; the form shows it beside the fields. */
export function UnitForm({
  unit,
  submitLabel,
  onSave,
  onCancel,
}: {
  unit?: Unit;
  submitLabel: string;
  onSave: (input: UnitInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const t = useT();
  const form = unit ? `unit-${unit.id}` : 'unit-new';
  const [values, setValues] = useState<UnitValues>({
    orgNumber: unit?.orgNumber ?? '',
    name: unit?.name ?? '',
    unitType: unit?.unitType ?? '',
    streetAddress: unit?.streetAddress ?? '',
    postalCode: unit?.postalCode ?? '',
    postalPlace: unit?.postalPlace ?? '',
    latitude: numberText(unit?.latitude),
    longitude: numberText(unit?.longitude),
  });
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({ ORG_NUMBER_TAKEN: 'orgNumber' });
  const set = (key: keyof UnitValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const labels: Record<keyof UnitInput, string> = {
    orgNumber: t('web.units.orgNumber'),
    name: t('web.units.name'),
    unitType: t('web.units.unitType'),
    streetAddress: t('web.units.streetAddress'),
    postalCode: t('web.units.postalCode'),
    postalPlace: t('web.units.postalPlace'),
    latitude: t('units.latitude'),
    longitude: t('units.longitude'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      // A missing unit type is left out: the server answers with a translated "required" beside the field.
      await onSave({
        ...values,
        unitType: chosen(values.unitType),
        // Typed with a comma or a point; anything else goes as typed, so the server names the field.
        latitude: numberOrNull(values.latitude),
        longitude: numberOrNull(values.longitude),
      } as UnitInput);
    } catch (err) {
      fail(err, { unchosen: values.unitType ? [] : ['unitType'] });
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblems problem={problem} form={form} labels={labels} />
      <div className="form__grid">
        <Textfield
          id={fieldId(form, 'name')}
          label={labels.name}
          required
          autoComplete="organization"
          value={values.name}
          onChange={set('name')}
          error={fieldError('name')}
        />
        <Textfield
          id={fieldId(form, 'orgNumber')}
          label={labels.orgNumber}
          description={t('web.units.orgNumberHelp')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={values.orgNumber}
          onChange={set('orgNumber')}
          error={fieldError('orgNumber')}
        />
        <SelectField
          id={fieldId(form, 'unitType')}
          label={labels.unitType}
          required
          value={values.unitType}
          onChange={set('unitType')}
          error={fieldError('unitType')}
        >
          <option value="" disabled>
            {t('web.common.choose')}
          </option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`unitType.${type}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          id={fieldId(form, 'streetAddress')}
          label={labels.streetAddress}
          autoComplete="street-address"
          value={values.streetAddress}
          onChange={set('streetAddress')}
          error={fieldError('streetAddress')}
        />
        <Textfield
          id={fieldId(form, 'postalCode')}
          label={labels.postalCode}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={4}
          value={values.postalCode}
          onChange={set('postalCode')}
          error={fieldError('postalCode')}
        />
        <Textfield
          id={fieldId(form, 'postalPlace')}
          label={labels.postalPlace}
          autoComplete="address-level2"
          value={values.postalPlace}
          onChange={set('postalPlace')}
          error={fieldError('postalPlace')}
        />
        <Textfield
          id={fieldId(form, 'latitude')}
          label={labels.latitude}
          description={t('units.coordinatesHelp')}
          inputMode="decimal"
          autoComplete="off"
          value={values.latitude}
          onChange={set('latitude')}
          error={fieldError('latitude')}
        />
        <Textfield
          id={fieldId(form, 'longitude')}
          label={labels.longitude}
          description={t('units.coordinatesHelp')}
          inputMode="decimal"
          autoComplete="off"
          value={values.longitude}
          onChange={set('longitude')}
          error={fieldError('longitude')}
        />
      </div>
      <div className="form__buttons">
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('web.common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
