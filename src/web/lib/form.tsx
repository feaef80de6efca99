import {
  Alert,
  ErrorSummary,
  Field,
  Label,
  Paragraph,
  Select,
  type SelectProps,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type ReactNode, useCallback, useState } from 'react';
import type { ErrorCode } from '../../shared/errors.ts';
import { ApiError, errorMessage } from './api.ts';
import { type Locale, useI18n, useT } from './i18n.tsx';

/** What the last attempt to save a form got wrong: messages per field, or one for the whole form. */
export interface FormProblem {
  fields: Record<string, string>;
  message: string | null;
  /** Changes on every failure so the summary is mounted afresh and takes focus again. */
  attempt: number;
  /** The language the messages are in; after a language switch they are dropped rather than shown in the old one. */
  locale: Locale;
}

/**
 * Turns a failed save into field messages. `codeFields` puts errors the server gives without a field
 * (a taken e-mail address, a wrong current password) next to the field they are about.
 *
 * `unchosen` names selects still at "Choose …": zod reports a missing choice as an invalid option and
 * lists the codes, so those fields say "required" instead.
 */
export function useFormProblem(codeFields: Partial<Record<ErrorCode, string>> = {}) {
  const { locale, t } = useI18n();
  const [stored, setProblem] = useState<FormProblem | null>(null);
  const problem = stored && stored.locale === locale ? stored : null;
  const codeFieldsKey = JSON.stringify(codeFields);

  const fail = useCallback(
    (err: unknown, opts: { unchosen?: string[] } = {}) => {
      const byCode = JSON.parse(codeFieldsKey) as Partial<Record<ErrorCode, string>>;
      const fields: Record<string, string> = {};
      let message: string | null = errorMessage(err);
      if (err instanceof ApiError) {
        for (const f of err.fields) if (!fields[f.path]) fields[f.path] = f.message;
        const field = err.code === 'NETWORK' ? undefined : byCode[err.code];
        if (field) fields[field] = err.message;
        for (const path of opts.unchosen ?? []) if (fields[path]) fields[path] = t('validation.required');
        if (Object.keys(fields).length > 0) message = null;
      }
      setProblem((prev) => ({ fields, message, attempt: (prev?.attempt ?? 0) + 1, locale }));
    },
    [codeFieldsKey, locale, t],
  );
  const clear = useCallback(() => setProblem(null), []);
  const fieldError = useCallback((path: string) => problem?.fields[path], [problem]);
  return { problem, fail, clear, fieldError };
}

/** The id of a form field's input, so the error summary can link to it. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\W/g, '-')}`;
}

/**
 * The top of a form after a failed save: an error summary that links to each field (and takes focus),
 * or one alert when the problem is not about a field.
 */
export function FormProblems({
  problem,
  form,
  labels,
}: {
  problem: FormProblem | null;
  form: string;
  labels: Record<string, string>;
}) {
  const t = useT();
  if (!problem) return null;
  // In the order the fields stand in the form (the order of `labels`), so the summary reads top down.
  const order = Object.keys(labels);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  const entries = Object.entries(problem.fields).sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0) {
    return (
      <Alert key={problem.attempt} data-color="danger" role="alert" className="form__alert">
        <Paragraph>{problem.message}</Paragraph>
      </Alert>
    );
  }
  return (
    <ErrorSummary key={problem.attempt} className="form__summary">
      <ErrorSummary.Heading>{t('web.form.summaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([path, message]) => (
          <ErrorSummary.Item key={path}>
            <ErrorSummary.Link
              href={`#${fieldId(form, path)}`}
              // The page may use the URL fragment itself (the invitation token), so focus the field directly.
              onClick={(event) => {
                event.preventDefault();
                const input = document.getElementById(fieldId(form, path));
                input?.focus();
                input?.scrollIntoView({ block: 'center' });
              }}
            >
              {labels[path] ? `${labels[path]}: ${message}` : message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** A labelled native select in a Designsystemet field, with its validation message. */
export function SelectField({
  label,
  description,
  error,
  children,
  ...rest
}: Omit<SelectProps, 'children'> & {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/**
 * A choice left at "Choose …" is left out of the request, so the server answers "required" rather
 * than listing the valid codes.
 */
export function chosen<T extends string>(value: T | ''): T | undefined {
  return value === '' ? undefined : value;
}

/** Empty text is "no value" (null); anything else that is a number is sent as a number, the rest as typed so the server explains. */
export function numberOrNull(text: string): number | string | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** The text a number field starts with. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
