import '../knowledge-base.css';
import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type MouseEvent, useState } from 'react';
import { flushSync } from 'react-dom';
import { LOCALES, type Locale } from '../../../../shared/enums.ts';
import { SUB_GOALS, type SubGoal } from '../../../../shared/rules/sub-goals.ts';
import { ApiError } from '../../../lib/api.ts';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  KB_CONTRIBUTORS,
  type KbContributor,
  type KnowledgeBase,
  type KnowledgeBaseText,
  type KnowledgeBaseTexts,
  saveKnowledgeBase,
} from '../api.ts';

const FORM = 'kb';
const isLocale = (value: string | undefined): value is Locale => LOCALES.some((l) => l === value);
/** The language a field path (`texts.nn.aim`) or a field id (`kb-texts-nn-aim`) belongs to. */
const languageOf = (pathOrId: string): Locale | null => {
  const lang = /texts[.-](nb|nn|en)[.-]/.exec(pathOrId)?.[1];
  return isLocale(lang) ? lang : null;
};

function TextField({
  path,
  label,
  value,
  rows,
  error,
  onChange,
}: {
  path: string;
  label: string;
  value: string;
  rows: number;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = fieldId(FORM, path);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/**
 * Edits the knowledge base in all three languages, one language on screen at a time. A save sends
 * all three with the version the editor started from; when someone saved in between, the server
 * refuses (409) and the editor fetches the new text.
 */
export function KnowledgeBaseForm({
  ownerId,
  kb,
  onSaved,
  onCancel,
  onStale,
}: {
  ownerId: string;
  kb: KnowledgeBase;
  onSaved: (next: KnowledgeBase) => void;
  onCancel: () => void;
  onStale: () => void;
}) {
  const { t, locale } = useI18n();
  const [texts, setTexts] = useState<KnowledgeBaseTexts>(kb.texts);
  const [lang, setLang] = useState<Locale>(locale);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();

  const langName = (l: Locale) => t(`web.knowledgeBase.lang.${l}`);
  const subGoalName = (code: SubGoal) =>
    t('web.knowledgeBase.subGoalHeading', {
      number: SUB_GOALS.indexOf(code) + 1,
      label: t(`mentoring.subGoal.${code}`),
    });
  const labels: Record<string, string> = {};
  for (const l of LOCALES) {
    labels[`texts.${l}.aim`] = `${langName(l)}: ${t('web.knowledgeBase.aim')}`;
    labels[`texts.${l}.yearOne`] = `${langName(l)}: ${t('web.knowledgeBase.yearOne')}`;
    labels[`texts.${l}.yearTwo`] = `${langName(l)}: ${t('web.knowledgeBase.yearTwo')}`;
    for (const code of SUB_GOALS) {
      labels[`texts.${l}.subGoals.${code}.description`] =
        `${langName(l)}: ${subGoalName(code)}: ${t('web.knowledgeBase.description')}`;
      for (const c of KB_CONTRIBUTORS) {
        labels[`texts.${l}.subGoals.${code}.contributions.${c}`] =
          `${langName(l)}: ${subGoalName(code)}: ${t(`web.knowledgeBase.contributor.${c}`)}`;
      }
    }
  }

  const setText = (update: (text: KnowledgeBaseText) => KnowledgeBaseText) =>
    setTexts((prev) => ({ ...prev, [lang]: update(prev[lang]) }));
  const setTop = (key: 'aim' | 'yearOne' | 'yearTwo', value: string) => setText((text) => ({ ...text, [key]: value }));
  const setDescription = (code: SubGoal, value: string) =>
    setText((text) => ({
      ...text,
      subGoals: { ...text.subGoals, [code]: { ...text.subGoals[code], description: value } },
    }));
  const setContribution = (code: SubGoal, c: KbContributor, value: string) =>
    setText((text) => ({
      ...text,
      subGoals: {
        ...text.subGoals,
        [code]: { ...text.subGoals[code], contributions: { ...text.subGoals[code].contributions, [c]: value } },
      },
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      onSaved(await saveKnowledgeBase(ownerId, kb.programmeId, kb.version, texts));
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.code === 'KNOWLEDGE_BASE_CHANGED') setStale(true);
        // Show the language of the first problem, so its field is on screen for the summary's link.
        const first = err.fields.map((f) => languageOf(f.path)).find((l) => l !== null);
        if (first) setLang(first);
      }
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  // A summary link to a field in another language shows that language first, then the link focuses it.
  const onSummaryClick = (event: MouseEvent) => {
    const href = (event.target as HTMLElement).closest('a')?.getAttribute('href') ?? '';
    const target = languageOf(href);
    if (target && target !== lang) flushSync(() => setLang(target));
  };

  const text = texts[lang];
  const path = (rest: string) => `texts.${lang}.${rest}`;
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="kb-form-title">
      <Heading level={2} data-size="sm" id="kb-form-title">
        {t('web.knowledgeBase.editTitle')}
      </Heading>
      <Paragraph>{t('web.knowledgeBase.editLead')}</Paragraph>
      {/* Catches clicks on the summary's own links (Enter on a link is a click too). */}
      <div onClickCapture={onSummaryClick}>
        <FormProblems problem={problem} form={FORM} labels={labels} />
      </div>
      {stale ? (
        <Button variant="secondary" onClick={onStale}>
          {t('web.knowledgeBase.reload')}
        </Button>
      ) : null}
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('web.knowledgeBase.languages')}</Fieldset.Legend>
        <div className="kb-form__languages">
          {LOCALES.map((l) => (
            <Radio
              key={l}
              name={`${FORM}-language`}
              value={l}
              label={langName(l)}
              checked={lang === l}
              onChange={() => setLang(l)}
            />
          ))}
        </div>
      </Fieldset>
      <div lang={lang} className="form">
        <TextField
          path={path('aim')}
          label={t('web.knowledgeBase.aim')}
          value={text.aim}
          rows={6}
          error={fieldError(path('aim'))}
          onChange={(v) => setTop('aim', v)}
        />
        <TextField
          path={path('yearOne')}
          label={t('web.knowledgeBase.yearOne')}
          value={text.yearOne}
          rows={4}
          error={fieldError(path('yearOne'))}
          onChange={(v) => setTop('yearOne', v)}
        />
        <TextField
          path={path('yearTwo')}
          label={t('web.knowledgeBase.yearTwo')}
          value={text.yearTwo}
          rows={4}
          error={fieldError(path('yearTwo'))}
          onChange={(v) => setTop('yearTwo', v)}
        />
        {SUB_GOALS.map((code) => (
          <Fieldset key={code} className="kb-form__subgoal">
            <Fieldset.Legend>{subGoalName(code)}</Fieldset.Legend>
            <TextField
              path={path(`subGoals.${code}.description`)}
              label={t('web.knowledgeBase.description')}
              value={text.subGoals[code].description}
              rows={3}
              error={fieldError(path(`subGoals.${code}.description`))}
              onChange={(v) => setDescription(code, v)}
            />
            {KB_CONTRIBUTORS.map((c) => (
              <TextField
                key={c}
                path={path(`subGoals.${code}.contributions.${c}`)}
                label={t(`web.knowledgeBase.contributor.${c}`)}
                value={text.subGoals[code].contributions[c]}
                rows={2}
                error={fieldError(path(`subGoals.${code}.contributions.${c}`))}
                onChange={(v) => setContribution(code, c, v)}
              />
            ))}
          </Fieldset>
        ))}
      </div>
      <div className="form__buttons">
        <Button type="submit" loading={busy}>
          {t('web.knowledgeBase.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('web.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
