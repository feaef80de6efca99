import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { localized, type Question, type Section } from '../../../../shared/schemas/surveys.ts';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import type { AnswerInput } from '../api.ts';

type Value = { choice?: string; choices?: string[]; text?: string };

/**
 * The respondent's form: every section on one page, each question a fieldset (radio group, checkboxes
 * or a text area) in the reader's language. Used by the answering page and the builder's preview
 * (`onSubmit` null: nothing is sent).
 */
export function AnswerFormView({
  sections,
  form,
  onSubmit,
}: {
  sections: Section[];
  form: string;
  onSubmit: ((answers: AnswerInput[]) => Promise<void>) | null;
}) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Record<string, Value>>({});
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const questions = sections.flatMap((s) => s.questions);
  const labels: Record<string, string> = {};
  // The summary reads "<question>: <problem>", so the question's own end mark goes.
  for (const q of questions) labels[`answers.${q.id}`] = localized(q.text, locale).replace(/[.?!:]+$/, '');

  const set = (id: string, value: Value) => setValues((prev) => ({ ...prev, [id]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!onSubmit) return;
    clear();
    setBusy(true);
    try {
      const answers: AnswerInput[] = questions
        .map((q) => ({ questionId: q.id, ...(values[q.id] ?? {}) }))
        .filter((a) => a.choice !== undefined || (a.choices?.length ?? 0) > 0 || (a.text ?? '').trim() !== '');
      await onSubmit(answers);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form className="form survey-answer" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems problem={problem} form={form} labels={labels} />
      {sections.map((section, s) => (
        <section key={section.id} className="survey-answer__section" aria-labelledby={`${form}-section-${s}`}>
          <Heading level={2} data-size="sm" id={`${form}-section-${s}`}>
            {localized(section.title, locale)}
          </Heading>
          {section.questions.map((q) => (
            <QuestionField
              key={q.id}
              form={form}
              question={q}
              value={values[q.id] ?? {}}
              onChange={(v) => set(q.id, v)}
              error={fieldError(`answers.${q.id}`)}
            />
          ))}
        </section>
      ))}
      {onSubmit ? (
        <div className="form__actions">
          <Button type="submit" loading={busy}>
            {t('surveys.answer.submit')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

function QuestionField({
  form,
  question: q,
  value,
  onChange,
  error,
}: {
  form: string;
  question: Question;
  value: Value;
  onChange: (v: Value) => void;
  error: string | undefined;
}) {
  const { t, locale } = useI18n();
  const id = fieldId(form, `answers.${q.id}`);
  const text = localized(q.text, locale);
  const hint = q.required ? t('surveys.answer.required') : t('surveys.answer.optional');
  if (q.type === 'text') {
    return (
      <Field className="survey-question">
        <Label htmlFor={id}>{text}</Label>
        <Field.Description>{hint}</Field.Description>
        <Textarea
          id={id}
          rows={3}
          value={value.text ?? ''}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-invalid={error ? true : undefined}
        />
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
    );
  }
  return (
    <Fieldset className="survey-question" data-size="sm" aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{text}</Fieldset.Legend>
      <Fieldset.Description>{hint}</Fieldset.Description>
      <div className={q.type === 'agreement5' || q.type === 'scale' ? 'survey-question__scale' : undefined}>
        {q.options.map((o, i) =>
          q.type === 'multiple' ? (
            <Checkbox
              key={o.value}
              {...(i === 0 ? { id } : {})}
              name={id}
              value={o.value}
              label={localized(o.label, locale)}
              checked={value.choices?.includes(o.value) ?? false}
              onChange={(e) => {
                const current = value.choices ?? [];
                onChange({ choices: e.target.checked ? [...current, o.value] : current.filter((c) => c !== o.value) });
              }}
            />
          ) : (
            <Radio
              key={o.value}
              {...(i === 0 ? { id } : {})}
              name={id}
              value={o.value}
              label={localized(o.label, locale)}
              checked={value.choice === o.value}
              onChange={() => onChange({ choice: o.value })}
            />
          ),
        )}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** A plain paragraph per line of an introduction. */
export function Intro({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <>
      {text.split(/\n+/).map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
    </>
  );
}
