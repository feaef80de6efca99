import {
  Alert,
  Button,
  Checkbox,
  Link as DsLink,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Table,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { LOCALES, type Locale } from '../../../../shared/enums.ts';
import { AGREEMENT_PARTIES, AGREEMENT_SECTIONS } from '../../../../shared/schemas/agreements.ts';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import {
  type AgreementList,
  type AgreementTemplate,
  agreementPdfPath,
  agreementsPath,
  createAgreements,
  saveTemplate,
  type TemplateTexts,
  templatePath,
} from '../api.ts';
import { PartyStatusTag } from '../components/party-status.tsx';

const LANGUAGE_KEYS = {
  nb: 'web.agreements.template.nb',
  nn: 'web.agreements.template.nn',
  en: 'web.agreements.template.en',
} as const;

function AgreementsSection({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const list = useApiGet<AgreementList>(agreementsPath(ctx.owner.id, ctx.programme.id));
  const [onlyPending, setOnlyPending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear } = useFormProblem();
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const all = list.data.items;
  const shown = onlyPending ? all.filter((a) => !a.isSigned) : all;
  const signed = all.filter((a) => a.isSigned).length;

  return (
    <section className="section" aria-labelledby="agreements-list">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="agreements-list">
          {t('web.agreements.listTitle', { count: formatNumber(locale, all.length) })}
        </Heading>
        {ctx.canManage ? (
          <Button
            variant="secondary"
            data-size="sm"
            loading={busy}
            onClick={async () => {
              clear();
              setMessage(null);
              setBusy(true);
              try {
                const next = await createAgreements(ctx.owner.id, ctx.programme.id);
                list.setData(next);
                setMessage(t('web.agreements.created', { count: formatNumber(locale, next.items.length) }));
              } catch (err) {
                fail(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('web.agreements.create')}
          </Button>
        ) : null}
      </div>
      <Paragraph data-size="sm">
        {t('web.agreements.summary', {
          signed: formatNumber(locale, signed),
          count: formatNumber(locale, all.length),
        })}
      </Paragraph>
      <FormProblems problem={problem} form="create-agreements" labels={{}} />
      <Saved message={message} />
      <Checkbox
        label={t('web.agreements.onlyPending')}
        checked={onlyPending}
        onChange={(e) => setOnlyPending(e.target.checked)}
      />
      {shown.length === 0 ? (
        <Paragraph>{all.length === 0 ? t('web.agreements.none') : t('web.agreements.nonePending')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption>
              {onlyPending
                ? t('web.agreements.captionPending', { count: formatNumber(locale, shown.length) })
                : t('web.agreements.caption')}
            </caption>
            <Table.Head>
              <Table.Row>
                {AGREEMENT_PARTIES.map((party) => (
                  <Table.HeaderCell key={party}>{t(`agreements.party.${party}`)}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t('web.agreements.signedColumn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.agreements.pdfColumn')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((a) => {
                const nqt = a.parties.find((p) => p.party === 'nqt')?.name ?? '';
                return (
                  <Table.Row key={a.id}>
                    {AGREEMENT_PARTIES.map((party) => {
                      const p = a.parties.find((x) => x.party === party);
                      return (
                        <Table.Cell key={party}>
                          <div>{p?.name ?? t('agreements.notNamed')}</div>
                          <PartyStatusTag status={p?.status ?? 'missing'} />
                        </Table.Cell>
                      );
                    })}
                    <Table.Cell className="nowrap">{a.isSigned ? t('web.common.yes') : t('web.common.no')}</Table.Cell>
                    <Table.Cell className="nowrap">
                      <DsLink href={agreementPdfPath(ctx.owner.id, ctx.programme.id, a.id)} download>
                        {t('web.agreements.pdf')}
                        <span className="visually-hidden"> {nqt}</span>
                      </DsLink>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function TemplateForm({
  ctx,
  template,
  onSaved,
  onCancel,
}: {
  ctx: ProgrammeContext;
  template: AgreementTemplate;
  onSaved: (next: AgreementTemplate) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [texts, setTexts] = useState<TemplateTexts>(template.texts);
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();
  const form = 'template';
  const labels: Record<string, string> = {};
  for (const lang of LOCALES) {
    for (const section of AGREEMENT_SECTIONS) {
      labels[`texts.${lang}.${section}`] = `${t(LANGUAGE_KEYS[lang])}: ${t(`agreements.section.${section}`)}`;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      onSaved(await saveTemplate(ctx.owner.id, ctx.programme.id, texts));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const set = (lang: Locale, section: (typeof AGREEMENT_SECTIONS)[number], value: string) =>
    setTexts((prev) => ({ ...prev, [lang]: { ...prev[lang], [section]: value } }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="template-form-title">
      <Heading level={3} data-size="xs" id="template-form-title">
        {t('web.agreements.template.editTitle')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('web.agreements.template.warning')}</Paragraph>
      </Alert>
      <FormProblems problem={problem} form={form} labels={labels} />
      {LOCALES.map((lang) => (
        <Fieldset key={lang} lang={lang}>
          <Fieldset.Legend>{t(LANGUAGE_KEYS[lang])}</Fieldset.Legend>
          {AGREEMENT_SECTIONS.map((section) => {
            const path = `texts.${lang}.${section}`;
            const error = fieldError(path);
            return (
              <Field key={section}>
                <Label htmlFor={fieldId(form, path)}>{t(`agreements.section.${section}`)}</Label>
                <Textarea
                  id={fieldId(form, path)}
                  rows={4}
                  value={texts[lang][section]}
                  onChange={(e) => set(lang, section, e.target.value)}
                  aria-invalid={error ? true : undefined}
                />
                {error ? <ValidationMessage>{error}</ValidationMessage> : null}
              </Field>
            );
          })}
        </Fieldset>
      ))}
      <div className="form__buttons">
        <Button type="submit" loading={busy}>
          {t('web.agreements.template.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('web.common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function TemplateSection({ ctx, onSaved }: { ctx: ProgrammeContext; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const template = useApiGet<AgreementTemplate>(templatePath(ctx.owner.id, ctx.programme.id));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (template.error) return <LoadError error={template.error} onRetry={template.reload} />;
  if (!template.data) return <Loading />;
  const data = template.data;
  const shown = data.texts[locale];
  return (
    <section className="section" aria-labelledby="agreement-template">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="agreement-template">
          {t('web.agreements.template.title')}
        </Heading>
        {data.abilities.manage && !editing ? (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            {t('web.agreements.template.edit')}
          </Button>
        ) : null}
      </div>
      <Paragraph data-size="sm">
        {data.version === null
          ? t('web.agreements.template.defaults')
          : t('agreements.version', { version: data.version })}
      </Paragraph>
      <Saved message={message} />
      {editing ? (
        <TemplateForm
          ctx={ctx}
          template={data}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            template.setData(next);
            setEditing(false);
            setMessage(t('web.agreements.template.saved', { version: next.version ?? 1 }));
            onSaved();
          }}
        />
      ) : (
        <dl className="template-sections">
          {AGREEMENT_SECTIONS.map((section) => (
            <div key={section}>
              <dt>{t(`agreements.section.${section}`)}</dt>
              <dd>{shown[section]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** "Avtaler": the programme's agreements, who has not accepted, the PDFs, and the template. */
export function ProgrammeAgreementsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.agreements.title');
  const [round, setRound] = useState(0);
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <AgreementsSection key={round} ctx={ctx} />
          <TemplateSection ctx={ctx} onSaved={() => setRound((n) => n + 1)} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
