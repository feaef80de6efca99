import {
  Button,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Tag,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { type CycleFields, type CycleSurvey, saveCycle } from '../api.ts';
import { useWriter } from './writer.tsx';

type TextKey = 'otherSources' | 'knowledgeBaseNote' | 'assessment';

function LongText({ value }: { value: string }) {
  const { t } = useI18n();
  return <Paragraph className="qc-text">{value === '' ? t('web.qualityCycle.none') : value}</Paragraph>;
}

function TextArea({
  form,
  path,
  label,
  help,
  value,
  error,
  onChange,
}: {
  form: string;
  path: TextKey;
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = fieldId(form, path);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Field.Description>{help}</Field.Description>
      <Textarea
        id={id}
        rows={5}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** Saves some of the cycle's own fields; the rest go as the server has them. */
function useCycleForm(form: string) {
  const { t } = useI18n();
  const { cycle, write } = useWriter();
  const { problem, fail, clear, fieldError } = useFormProblem();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save(event: FormEvent, patch: Partial<CycleFields>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    clear();
    try {
      await write(() => saveCycle(cycle, patch));
      setMessage(t('web.qualityCycle.saved'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return { form, problem, fieldError, message, busy, save };
}

function SurveyLine({ survey }: { survey: CycleSurvey }) {
  const { t, locale } = useI18n();
  const title = survey.title[locale] || survey.title.nb;
  return (
    <li className="qc-survey">
      <span className="qc-survey__title">{title}</span>{' '}
      <Tag data-size="sm" data-color={survey.status === 'closed' ? 'success' : 'neutral'}>
        {t(`web.qualityCycle.surveyStatus.${survey.status}`)}
      </Tag>
      {survey.closesAt && survey.status !== 'draft' ? (
        <span className="qc-survey__date"> {formatDate(locale, survey.closesAt)}</span>
      ) : null}
      <br />
      {survey.status === 'closed' ? (
        <AppLink to={`/undersokelser/${survey.id}/resultater`}>{t('web.qualityCycle.results', { title })}</AppLink>
      ) : (
        <span className="qc-muted">{t('web.qualityCycle.resultsLater')}</span>
      )}
    </li>
  );
}

/** Phase 1: the linked surveys (status, a link to results once closed) and other sources. */
export function InformationContent() {
  const { t, locale } = useI18n();
  const { cycle } = useWriter();
  const f = useCycleForm('qc-information');
  const [chosen, setChosen] = useState<string[]>(cycle.surveys.map((s) => s.id));
  const [otherSources, setOtherSources] = useState(cycle.otherSources);
  const labels = {
    surveyIds: t('web.qualityCycle.chooseSurveys'),
    otherSources: t('web.qualityCycle.otherSources'),
  };
  const surveyError = Object.entries(f.problem?.fields ?? {}).find(([p]) => p.startsWith('surveyIds'))?.[1];
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('web.qualityCycle.surveys')}
      </Heading>
      {cycle.surveys.length === 0 ? (
        <Paragraph>{t('web.qualityCycle.noSurveys')}</Paragraph>
      ) : (
        <ul className="qc-surveys">
          {cycle.surveys.map((s) => (
            <SurveyLine key={s.id} survey={s} />
          ))}
        </ul>
      )}
      {cycle.abilities.manage ? (
        <form className="form" noValidate onSubmit={(e) => void f.save(e, { surveyIds: chosen, otherSources })}>
          <FormProblems problem={f.problem} form={f.form} labels={labels} />
          <Fieldset data-size="sm">
            <Fieldset.Legend>{labels.surveyIds}</Fieldset.Legend>
            {cycle.availableSurveys.length === 0 ? (
              <Paragraph data-size="sm">{t('web.qualityCycle.noAvailableSurveys')}</Paragraph>
            ) : null}
            {cycle.availableSurveys.map((s, i) => (
              <Checkbox
                key={s.id}
                {...(i === 0 ? { id: fieldId(f.form, 'surveyIds') } : {})}
                value={s.id}
                label={`${s.title[locale] || s.title.nb} (${t(`web.qualityCycle.surveyStatus.${s.status}`)}${
                  s.ofProgramme ? '' : `, ${t('web.qualityCycle.surveyOther')}`
                })`}
                checked={chosen.includes(s.id)}
                onChange={(e) =>
                  setChosen((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id)))
                }
              />
            ))}
            {surveyError ? <ValidationMessage>{surveyError}</ValidationMessage> : null}
          </Fieldset>
          <TextArea
            form={f.form}
            path="otherSources"
            label={labels.otherSources}
            help={t('web.qualityCycle.otherSourcesHelp')}
            value={otherSources}
            error={f.fieldError('otherSources')}
            onChange={setOtherSources}
          />
          <div className="form__buttons">
            <Button type="submit" disabled={f.busy}>
              {t('web.qualityCycle.save')}
            </Button>
          </div>
          <Saved message={f.message} />
        </form>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {t('web.qualityCycle.otherSources')}
          </Heading>
          <LongText value={cycle.otherSources} />
        </>
      )}
    </>
  );
}

/** A phase whose content is one text: shown, or edited by those who may. */
function TextContent({ path, label, help }: { path: TextKey; label: string; help: string }) {
  const { t } = useI18n();
  const { cycle } = useWriter();
  const f = useCycleForm(`qc-${path}`);
  const [value, setValue] = useState(cycle[path]);
  if (!cycle.abilities.manage) {
    return (
      <>
        <Heading level={3} data-size="xs">
          {label}
        </Heading>
        <LongText value={cycle[path]} />
      </>
    );
  }
  return (
    <form className="form" noValidate onSubmit={(e) => void f.save(e, { [path]: value })}>
      <FormProblems problem={f.problem} form={f.form} labels={{ [path]: label }} />
      <TextArea
        form={f.form}
        path={path}
        label={label}
        help={help}
        value={value}
        error={f.fieldError(path)}
        onChange={setValue}
      />
      <div className="form__buttons">
        <Button type="submit" disabled={f.busy}>
          {t('web.qualityCycle.save')}
        </Button>
      </div>
      <Saved message={f.message} />
    </form>
  );
}

/** Phase 2: was the knowledge base revised this school year (from its versions), a link to it, and a note. */
export function KnowledgeBaseContent({ programmeId }: { programmeId: string }) {
  const { t, locale } = useI18n();
  const { cycle } = useWriter();
  const kb = cycle.knowledgeBase;
  return (
    <>
      <Paragraph>
        {kb?.revisedThisYear
          ? t('web.qualityCycle.kbRevised', { version: kb.version, date: formatDate(locale, kb.updatedAt) })
          : t('web.qualityCycle.kbNotRevised')}{' '}
        <AppLink to={`/veiledning/${programmeId}/kunnskapsgrunnlag`}>{t('web.qualityCycle.kbOpen')}</AppLink>
      </Paragraph>
      <TextContent
        path="knowledgeBaseNote"
        label={t('web.qualityCycle.kbNote')}
        help={t('web.qualityCycle.kbNoteHelp')}
      />
    </>
  );
}

/** Phase 3: what the information shows, with last year's assessment beside it. */
export function AssessmentContent() {
  const { t } = useI18n();
  const { cycle } = useWriter();
  return (
    <>
      {cycle.previous ? (
        <Details>
          <Details.Summary>
            {t('web.qualityCycle.lastYearAssessment')} ({cycle.previous.schoolYear})
          </Details.Summary>
          <Details.Content>
            <LongText value={cycle.previous.assessment} />
          </Details.Content>
        </Details>
      ) : null}
      <TextContent
        path="assessment"
        label={t('web.qualityCycle.assessment')}
        help={t('web.qualityCycle.assessmentHelp')}
      />
    </>
  );
}
