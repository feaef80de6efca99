import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import { SUB_GOALS, type SubGoal } from '../../../../shared/rules/sub-goals.ts';
import {
  RESOURCE_AUDIENCES,
  RESOURCE_THEMES,
  type ResourceAudience,
  type ResourceKind,
  type ResourceTheme,
} from '../../../../shared/schemas/resources.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  createResource,
  type ResourceDetail,
  type ResourceList,
  resourcePath,
  resourceRoutes,
  resourcesPath,
  updateResource,
  uploadResource,
} from '../api.ts';
import { formatSize } from '../components/resource-parts.tsx';
import '../resources.css';

const FORM = 'resource';

/** A group of checkboxes for one tag list. */
function CheckboxGroup<T extends string>({
  path,
  legend,
  description,
  values,
  label,
  chosen,
  onChange,
  error,
}: {
  path: string;
  legend: string;
  description?: string;
  values: readonly T[];
  label: (value: T) => string;
  chosen: T[];
  onChange: (next: T[]) => void;
  error?: string | undefined;
}) {
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="choice-grid">
        {values.map((value, i) => (
          <Checkbox
            key={value}
            {...(i === 0 ? { id: fieldId(FORM, path) } : {})}
            value={value}
            label={label(value)}
            checked={chosen.includes(value)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** New resource (any of the three kinds) or, with an id in the route, the edit of one. */
export function ResourceFormPage() {
  const { t } = useI18n();
  const { owner } = useSignedIn();
  const { resourceId } = useParams();
  const { data: existing, error } = useApiGet<ResourceDetail>(
    owner && resourceId ? resourcePath(owner.id, resourceId) : null,
  );
  // The list tells whether the caller keeps the bank and how large a file may be.
  const { data: bank } = useApiGet<ResourceList>(owner ? resourcesPath(owner.id, { limit: 1 }) : null);
  if (!owner) return <NoOwnerAccess />;
  if (bank && !bank.abilities.manage) return <NoOwnerAccess />;
  const title = resourceId ? t('resources.form.editTitle') : t('resources.form.newTitle');
  const back = (
    <AppLink to={resourceId ? resourceRoutes.view(resourceId) : resourceRoutes.list}>{t('resources.back')}</AppLink>
  );
  if (!bank || (resourceId && !existing)) {
    return (
      <Page title={title} back={back}>
        {error ? <LoadError error={error} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page title={title} back={back}>
      <ResourceForm
        ownerId={owner.id}
        existing={existing ?? null}
        uploadLimitBytes={bank.uploadLimitBytes}
        key={existing?.id ?? 'new'}
      />
    </Page>
  );
}

function ResourceForm({
  ownerId,
  existing,
  uploadLimitBytes,
}: {
  ownerId: string;
  existing: ResourceDetail | null;
  uploadLimitBytes: number;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { problem, fail, clear, fieldError } = useFormProblem({
    RESOURCE_FILE_MISSING: 'file',
    RESOURCE_FILE_TYPE: 'file',
    RESOURCE_FILE_TOO_LARGE: 'file',
    RESOURCE_FILE_NAME_MISMATCH: 'file',
  });
  const [kind, setKind] = useState<ResourceKind>(existing?.kind ?? 'link');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [url, setUrl] = useState(existing?.url ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [subGoals, setSubGoals] = useState<SubGoal[]>(existing?.subGoals ?? []);
  const [themes, setThemes] = useState<ResourceTheme[]>(existing?.themes ?? []);
  const [audience, setAudience] = useState<ResourceAudience[]>(existing?.audience ?? ['nqt', 'mentor']);
  const [unitTypes, setUnitTypes] = useState<UnitType[]>(existing?.unitTypes ?? []);
  const [busy, setBusy] = useState(false);

  const labels: Record<string, string> = {
    title: t('resources.form.title'),
    description: t('resources.form.description'),
    url: t('resources.form.url'),
    body: t('resources.form.body'),
    file: t('resources.form.file'),
    subGoals: t('resources.form.subGoals'),
    themes: t('resources.form.themes'),
    audience: t('resources.form.audience'),
    unitTypes: t('resources.form.unitTypes'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    const tags = { subGoals, themes, audience, unitTypes };
    try {
      let id: string;
      if (existing) {
        await updateResource(ownerId, existing.id, {
          title,
          description,
          ...(existing.kind === 'link' ? { url } : {}),
          ...(existing.kind === 'text' ? { body } : {}),
          ...tags,
        });
        id = existing.id;
      } else if (kind === 'file') {
        ({ id } = await uploadResource(ownerId, { title, description, ...tags }, file));
      } else if (kind === 'link') {
        ({ id } = await createResource(ownerId, { kind, title, description, url, ...tags }));
      } else {
        ({ id } = await createResource(ownerId, { kind, title, description, body, ...tags }));
      }
      navigate(resourceRoutes.view(id));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  let kindField: ReactNode = null;
  if (kind === 'link') {
    kindField = (
      <Textfield
        id={fieldId(FORM, 'url')}
        label={labels.url}
        type="url"
        inputMode="url"
        required
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={fieldError('url')}
      />
    );
  } else if (kind === 'text') {
    kindField = (
      <Field>
        <Label htmlFor={fieldId(FORM, 'body')}>{labels.body}</Label>
        <Field.Description>{t('resources.form.bodyHelp')}</Field.Description>
        <Textarea
          id={fieldId(FORM, 'body')}
          rows={12}
          required
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={fieldError('body') ? true : undefined}
        />
        {fieldError('body') ? <ValidationMessage>{fieldError('body')}</ValidationMessage> : null}
      </Field>
    );
  } else if (existing) {
    kindField = <Paragraph data-size="sm">{t('resources.form.fileKept')}</Paragraph>;
  } else {
    kindField = (
      <Field>
        <Label htmlFor={fieldId(FORM, 'file')}>{labels.file}</Label>
        <Field.Description>
          {t('resources.form.fileHelp', { size: formatSize(locale, uploadLimitBytes) })}
        </Field.Description>
        <input
          id={fieldId(FORM, 'file')}
          className="ds-input"
          type="file"
          required
          accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.mp4,.m4v,.mp3"
          aria-invalid={fieldError('file') ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {fieldError('file') ? <ValidationMessage>{fieldError('file')}</ValidationMessage> : null}
      </Field>
    );
  }

  return (
    <form className="form resource-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblems problem={problem} form={FORM} labels={labels} />
      {existing ? null : (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('resources.form.kind')}</Fieldset.Legend>
          {(
            [
              ['link', t('resources.form.kindLink')],
              ['file', t('resources.form.kindFile')],
              ['text', t('resources.form.kindText')],
            ] as const
          ).map(([value, label]) => (
            <Radio
              key={value}
              name={`${FORM}-kind`}
              value={value}
              label={label}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        id={fieldId(FORM, 'title')}
        label={labels.title}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
      />
      <Field>
        <Label htmlFor={fieldId(FORM, 'description')}>{labels.description}</Label>
        <Textarea
          id={fieldId(FORM, 'description')}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={fieldError('description') ? true : undefined}
        />
        {fieldError('description') ? <ValidationMessage>{fieldError('description')}</ValidationMessage> : null}
      </Field>
      {kindField}
      <CheckboxGroup
        path="audience"
        legend={labels.audience ?? ''}
        description={t('resources.form.audienceHelp')}
        values={RESOURCE_AUDIENCES}
        label={(v) => t(`resources.audience.${v}`)}
        chosen={audience}
        onChange={setAudience}
        error={fieldError('audience')}
      />
      <CheckboxGroup
        path="themes"
        legend={labels.themes ?? ''}
        values={RESOURCE_THEMES}
        label={(v) => t(`resources.theme.${v}`)}
        chosen={themes}
        onChange={setThemes}
        error={fieldError('themes')}
      />
      <CheckboxGroup
        path="subGoals"
        legend={labels.subGoals ?? ''}
        values={SUB_GOALS}
        label={(v) => t(`mentoring.subGoal.${v}`)}
        chosen={subGoals}
        onChange={setSubGoals}
        error={fieldError('subGoals')}
      />
      <CheckboxGroup
        path="unitTypes"
        legend={labels.unitTypes ?? ''}
        description={t('resources.form.unitTypesHelp')}
        values={UNIT_TYPES}
        label={(v) => t(`unitType.${v}`)}
        chosen={unitTypes}
        onChange={setUnitTypes}
        error={fieldError('unitTypes')}
      />
      <div className="resource-actions">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {existing ? t('resources.form.save') : t('resources.form.create')}
        </Button>
        <Button
          variant="secondary"
          type="button"
          onClick={() => navigate(existing ? resourceRoutes.view(existing.id) : resourceRoutes.list)}
        >
          {t('resources.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
