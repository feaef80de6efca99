import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { LOCALES } from '../../../../shared/enums.ts';
import {
  AGREEMENT5_OPTIONS,
  type ChoiceOption,
  type Localized,
  localized,
  QUESTION_TYPES,
  type QuestionInput,
  SURVEY_MODES,
  type SurveyWarning,
} from '../../../../shared/schemas/surveys.ts';
import { FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { type SurveyDetail, type SurveyInput, saveSurvey } from '../api.ts';

const FORM = 'builder';
const EMPTY: Localized = { nb: '', nn: '', en: '' };

function toInput(survey: SurveyDetail): SurveyInput {
  return {
    title: survey.title,
    intro: survey.intro,
    mode: survey.mode,
    programmeId: survey.programmeId,
    minGroupSize: survey.minGroupSize,
    sections: survey.sections.map((s) => ({
      id: s.id,
      title: s.title,
      questions: s.questions.map(({ id, key, type, text, options, required }) => ({
        id,
        key,
        type,
        text,
        options,
        required,
      })),
    })),
  };
}

/** Three text fields, one per language; an empty nynorsk or English field shows the bokmål text. */
function LocalizedFields({
  label,
  path,
  value,
  onChange,
  multiline = false,
  error,
}: {
  label: string;
  path: string;
  value: Localized;
  onChange: (v: Localized) => void;
  multiline?: boolean;
  error?: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="survey-builder__languages">
      {LOCALES.map((lang) => {
        const id = fieldId(FORM, `${path}.${lang}`);
        const text = `${label} (${t(`surveys.build.language.${lang}`)})`;
        const problem = error?.(`${path}.${lang}`);
        return multiline ? (
          <Field key={lang}>
            <Label htmlFor={id}>{text}</Label>
            <Textarea
              id={id}
              rows={2}
              value={value[lang]}
              onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
              aria-invalid={problem ? true : undefined}
            />
            {problem ? <ValidationMessage>{problem}</ValidationMessage> : null}
          </Field>
        ) : (
          <Textfield
            key={lang}
            id={id}
            label={text}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            error={problem}
          />
        );
      })}
    </div>
  );
}

/** The warnings the server gives the author (free text in an anonymous survey, missing translations). */
export function SurveyWarnings({ survey }: { survey: SurveyDetail }) {
  const { t, locale } = useI18n();
  if (survey.warnings.length === 0) return null;
  const questionText = (w: SurveyWarning) => {
    const q = survey.sections.flatMap((s) => s.questions).find((x) => x.id === w.questionId);
    return q ? localized(q.text, locale) : '';
  };
  return (
    <Alert data-color="warning" className="survey-warnings">
      <Heading level={3} data-size="xs">
        {t('surveys.build.warnings')}
      </Heading>
      <ul>
        {survey.warnings.map((w) => (
          <li key={`${w.code}-${w.questionId}`}>{t(`surveys.warning.${w.code}`, { question: questionText(w) })}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** The builder: settings, sections and questions of a draft, saved whole. */
export function SurveyBuilder({
  ownerId,
  survey,
  onSaved,
}: {
  ownerId: string;
  survey: SurveyDetail;
  onSaved: (next: SurveyDetail) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<SurveyInput>(() => toInput(survey));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem();

  const setSection = (s: number, change: (sec: SurveyInput['sections'][number]) => SurveyInput['sections'][number]) =>
    setDraft((d) => ({ ...d, sections: d.sections.map((sec, i) => (i === s ? change(sec) : sec)) }));
  const setQuestion = (s: number, q: number, change: Partial<QuestionInput>) =>
    setSection(s, (sec) => ({
      ...sec,
      questions: sec.questions.map((x, i) => (i === q ? { ...x, ...change } : x)),
    }));
  const moveQuestion = (s: number, q: number, by: -1 | 1) =>
    setSection(s, (sec) => {
      const questions = [...sec.questions];
      const [item] = questions.splice(q, 1);
      if (item) questions.splice(q + by, 0, item);
      return { ...sec, questions };
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setSaved(null);
    setBusy(true);
    try {
      const next = await saveSurvey(ownerId, survey.id, draft);
      setDraft(toInput(next));
      onSaved(next);
      setSaved(t('surveys.build.saved'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<string, string> = { minGroupSize: t('surveys.build.minGroupSize') };
  draft.sections.forEach((sec, s) => {
    sec.questions.forEach((_, q) => {
      labels[`sections.${s}.questions.${q}.options`] = `${t('surveys.build.section', { number: s + 1 })}, ${t(
        'surveys.build.question',
        { number: q + 1 },
      )}`;
    });
  });

  return (
    <form className="form survey-builder" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      <Saved message={saved} />
      <SurveyWarnings survey={survey} />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('surveys.build.settings')}</Fieldset.Legend>
        <Fieldset.Description>{t('surveys.build.fallback')}</Fieldset.Description>
        <LocalizedFields
          label={t('surveys.build.surveyTitle')}
          path="title"
          value={draft.title}
          onChange={(title) => setDraft((d) => ({ ...d, title }))}
          error={fieldError}
        />
        <LocalizedFields
          label={t('surveys.build.intro')}
          path="intro"
          multiline
          value={draft.intro}
          onChange={(intro) => setDraft((d) => ({ ...d, intro }))}
          error={fieldError}
        />
      </Fieldset>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('surveys.create.mode')}</Fieldset.Legend>
        {SURVEY_MODES.map((m) => (
          <Radio
            key={m}
            name={`${FORM}-mode`}
            value={m}
            label={t(`surveys.mode.${m}`)}
            description={t(m === 'anonymous' ? 'surveys.mode.anonymousHelp' : 'surveys.mode.identifiedHelp')}
            checked={draft.mode === m}
            onChange={() => setDraft((d) => ({ ...d, mode: m }))}
          />
        ))}
      </Fieldset>
      <Textfield
        id={fieldId(FORM, 'minGroupSize')}
        label={t('surveys.build.minGroupSize')}
        description={t('surveys.build.minGroupSizeHelp')}
        inputMode="numeric"
        value={String(draft.minGroupSize)}
        onChange={(e) => setDraft((d) => ({ ...d, minGroupSize: Number(e.target.value) || 0 }))}
        error={fieldError('minGroupSize')}
      />

      {draft.sections.map((section, s) => (
        <section key={section.id ?? `new-${s}`} className="survey-builder__section" aria-labelledby={`${FORM}-s${s}`}>
          <div className="section__head">
            <Heading level={3} data-size="xs" id={`${FORM}-s${s}`}>
              {t('surveys.build.section', { number: s + 1 })}
            </Heading>
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setDraft((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== s) }))}
            >
              {t('surveys.build.removeSection', { number: s + 1 })}
            </Button>
          </div>
          <LocalizedFields
            label={t('surveys.build.sectionTitle')}
            path={`sections.${s}.title`}
            value={section.title}
            onChange={(title) => setSection(s, (sec) => ({ ...sec, title }))}
            error={fieldError}
          />
          {section.questions.map((question, q) => (
            <QuestionEditor
              key={question.id ?? `new-${q}`}
              path={`sections.${s}.questions.${q}`}
              number={q + 1}
              count={section.questions.length}
              question={question}
              onChange={(change) => setQuestion(s, q, change)}
              onMove={(by) => moveQuestion(s, q, by)}
              onRemove={() => setSection(s, (sec) => ({ ...sec, questions: sec.questions.filter((_, i) => i !== q) }))}
              error={fieldError}
            />
          ))}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              setSection(s, (sec) => ({
                ...sec,
                questions: [
                  ...sec.questions,
                  {
                    key: null,
                    type: 'agreement5',
                    text: { ...EMPTY },
                    options: [...AGREEMENT5_OPTIONS],
                    required: true,
                  },
                ],
              }))
            }
          >
            {t('surveys.build.addQuestion')}
          </Button>
        </section>
      ))}
      <div className="form__actions">
        <Button
          variant="secondary"
          onClick={() => setDraft((d) => ({ ...d, sections: [...d.sections, { title: { ...EMPTY }, questions: [] }] }))}
        >
          {t('surveys.build.addSection')}
        </Button>
        <Button type="submit" loading={busy}>
          {t('surveys.build.save')}
        </Button>
      </div>
    </form>
  );
}

function QuestionEditor({
  path,
  number,
  count,
  question,
  onChange,
  onMove,
  onRemove,
  error,
}: {
  path: string;
  number: number;
  count: number;
  question: QuestionInput;
  onChange: (change: Partial<QuestionInput>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  error: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  const hasOwnOptions = question.type === 'scale' || question.type === 'single' || question.type === 'multiple';
  const optionsError = error(`${path}.options`);
  const setOption = (i: number, label: Localized) =>
    onChange({ options: question.options.map((o, j) => (j === i ? { ...o, label } : o)) });
  const nextValue = () => String(Math.max(0, ...question.options.map((o) => Number.parseInt(o.value, 10) || 0)) + 1);

  return (
    <Fieldset data-size="sm" className="survey-builder__question">
      <Fieldset.Legend>{t('surveys.build.question', { number })}</Fieldset.Legend>
      <LocalizedFields
        label={t('surveys.build.questionText')}
        path={`${path}.text`}
        value={question.text}
        onChange={(text) => onChange({ text })}
        error={error}
      />
      <SelectField
        id={fieldId(FORM, `${path}.type`)}
        label={t('surveys.build.type')}
        value={question.type}
        onChange={(e) => {
          const type = e.target.value as QuestionInput['type'];
          const options: ChoiceOption[] =
            type === 'agreement5'
              ? [...AGREEMENT5_OPTIONS]
              : type === 'text'
                ? []
                : question.type === 'agreement5' || question.type === 'text'
                  ? [
                      { value: '1', label: { ...EMPTY } },
                      { value: '2', label: { ...EMPTY } },
                    ]
                  : question.options;
          onChange({ type, options });
        }}
      >
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`surveys.type.${type}`)}
          </option>
        ))}
      </SelectField>
      {question.type === 'agreement5' ? (
        <Paragraph data-size="sm">{t('surveys.build.agreementScale')}</Paragraph>
      ) : null}
      {hasOwnOptions ? (
        <div className="survey-builder__options" id={fieldId(FORM, `${path}.options`)} tabIndex={-1}>
          <Heading level={4} data-size="2xs">
            {t('surveys.build.options')}
          </Heading>
          {question.options.map((o, i) => (
            <div key={o.value} className="survey-builder__option">
              <LocalizedFields
                label={t('surveys.build.option', { number: i + 1 })}
                path={`${path}.options.${i}.label`}
                value={o.label}
                onChange={(label) => setOption(i, label)}
                error={error}
              />
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => onChange({ options: question.options.filter((_, j) => j !== i) })}
              >
                {t('surveys.build.removeOption', { number: i + 1 })}
              </Button>
            </div>
          ))}
          {optionsError ? <ValidationMessage>{optionsError}</ValidationMessage> : null}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => onChange({ options: [...question.options, { value: nextValue(), label: { ...EMPTY } }] })}
          >
            {t('surveys.build.addOption')}
          </Button>
        </div>
      ) : null}
      <Checkbox
        label={t('surveys.build.required')}
        checked={question.required}
        onChange={(e) => onChange({ required: e.target.checked })}
      />
      <div className="survey-builder__question-actions">
        <Button variant="tertiary" data-size="sm" disabled={number === 1} onClick={() => onMove(-1)}>
          {t('surveys.build.moveUp', { number })}
        </Button>
        <Button variant="tertiary" data-size="sm" disabled={number === count} onClick={() => onMove(1)}>
          {t('surveys.build.moveDown', { number })}
        </Button>
        <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
          {t('surveys.build.removeQuestion', { number })}
        </Button>
      </div>
    </Fieldset>
  );
}
