import {
  Alert,
  Button,
  Details,
  Field,
  Fieldset,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
  Radio,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedIn } from '../../../app/session.tsx';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { formatNumber, isMessageKey, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import {
  IMPORT_COLUMNS,
  type ImportErrorDetails,
  type ImportKind,
  type ImportResult,
  isImportErrorDetails,
  templateUrl,
  uploadImport,
} from '../api.ts';

type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'invalid'; message: string; details: ImportErrorDetails }
  | { kind: 'failed'; message: string };

/** The column's name in the reader's language when the catalogs know it, else as the file has it. */
function columnLabel(t: Translate, column: string): string {
  const key = `import.column.${column}`;
  return isMessageKey(key) ? t(key) : column;
}

function ColumnHelp({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  return (
    <Details>
      <Details.Summary>{t('web.import.columnsTitle')}</Details.Summary>
      <Details.Content>
        <Paragraph data-size="sm">
          {kind === 'units' ? t('web.import.columnsUnitsHelp') : t('web.import.columnsPeopleHelp')}
        </Paragraph>
        <div className="table-scroll">
          <Table data-size="sm" zebra>
            <caption>{kind === 'units' ? t('web.import.unitsColumns') : t('web.import.peopleColumns')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.import.columnName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.import.columnMeaning')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.import.columnRequired')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {IMPORT_COLUMNS[kind].map((column) => (
                <Table.Row key={column.name}>
                  <Table.Cell>
                    <code>{column.name}</code>
                  </Table.Cell>
                  <Table.Cell>{columnLabel(t, column.name)}</Table.Cell>
                  <Table.Cell>{column.required ? t('web.common.yes') : t('web.common.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Details.Content>
    </Details>
  );
}

function ErrorReport({ message, details }: { message: string; details: ImportErrorDetails }) {
  const { t, locale } = useI18n();
  return (
    <section className="section" aria-labelledby="import-errors">
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="xs" id="import-errors">
          {t('web.import.nothingSaved')}
        </Heading>
        <Paragraph>{message}</Paragraph>
      </Alert>
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption>
            {details.totalErrors > details.errors.length
              ? t('web.import.errorsCaptionSome', {
                  shown: formatNumber(locale, details.errors.length),
                  total: formatNumber(locale, details.totalErrors),
                })
              : t('web.import.errorsCaption', { total: formatNumber(locale, details.totalErrors) })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('web.import.row')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.import.column')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.import.reason')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {details.errors.map((e, index) => (
              // The same row and column can fail twice (e.g. missing and duplicate), so the index keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered
              <Table.Row key={`${e.row}-${e.column}-${index}`}>
                <Table.Cell>{e.row}</Table.Cell>
                <Table.Cell>{e.column ? columnLabel(t, e.column) : t('web.import.wholeRow')}</Table.Cell>
                <Table.Cell>{e.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">{t('web.import.fixAndRetry')}</Paragraph>
    </section>
  );
}

export function ImportPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const kind: ImportKind = params.get('type') === 'people' ? 'people' : 'units';
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  if (!owner?.abilities.manageOrganisation) return <NoOwnerAccess />;

  function chooseKind(next: ImportKind) {
    setParams(next === 'units' ? {} : { type: next }, { replace: true });
    setOutcome(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!owner) return;
    if (!file) {
      setMissingFile(true);
      fileInput.current?.focus();
      return;
    }
    setMissingFile(false);
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', result: await uploadImport(owner.id, kind, file) });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IMPORT_INVALID' && isImportErrorDetails(err.details)) {
        setOutcome({ kind: 'invalid', message: err.message, details: err.details });
      } else {
        setOutcome({ kind: 'failed', message: errorMessage(err) });
      }
    } finally {
      setBusy(false);
      // Move to the result, so keyboard and screen-reader users land on what happened.
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  }

  const n = (value: number) => formatNumber(locale, value);
  return (
    <Page title={t('web.import.title')} lead={<Paragraph>{t('web.import.lead', { owner: owner.name })}</Paragraph>}>
      <form className="form section" onSubmit={submit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('web.import.whatLegend')}</Fieldset.Legend>
          <Radio
            name="kind"
            value="units"
            label={t('web.import.units')}
            checked={kind === 'units'}
            onChange={() => chooseKind('units')}
          />
          <Radio
            name="kind"
            value="people"
            label={t('web.import.people')}
            description={t('web.import.peopleHint')}
            checked={kind === 'people'}
            onChange={() => chooseKind('people')}
          />
        </Fieldset>

        <div className="stack">
          <Heading level={2} data-size="xs">
            {t('web.import.templatesTitle')}
          </Heading>
          <Paragraph data-size="sm">{t('web.import.templatesHelp')}</Paragraph>
          <ul className="template-links">
            <li>
              <Link href={templateUrl(owner.id, kind, 'xlsx')} download>
                {kind === 'units' ? t('web.import.templateUnitsXlsx') : t('web.import.templatePeopleXlsx')}
              </Link>
            </li>
            <li>
              <Link href={templateUrl(owner.id, kind, 'csv')} download>
                {kind === 'units' ? t('web.import.templateUnitsCsv') : t('web.import.templatePeopleCsv')}
              </Link>
            </li>
          </ul>
        </div>

        <ColumnHelp kind={kind} />

        <Field>
          <Label>{t('web.import.file')}</Label>
          <Field.Description>{t('web.import.fileHelp')}</Field.Description>
          <Input
            ref={fileInput}
            id="import-file"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={missingFile || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissingFile(false);
            }}
          />
          {missingFile ? <ValidationMessage>{t('errors.IMPORT_FILE_MISSING')}</ValidationMessage> : null}
        </Field>
        <div className="form__buttons">
          <Button type="submit" loading={busy}>
            {kind === 'units' ? t('web.import.submitUnits') : t('web.import.submitPeople')}
          </Button>
        </div>
      </form>

      <div ref={resultRef} tabIndex={-1} className="import-result">
        {outcome?.kind === 'done' ? (
          <Alert data-color="success">
            <Heading level={2} data-size="xs">
              {t('web.import.doneTitle')}
            </Heading>
            <Paragraph>
              {t('web.import.doneText', {
                rows: n(outcome.result.rows),
                created: n(outcome.result.created),
                updated: n(outcome.result.updated),
              })}
            </Paragraph>
            <Paragraph>
              <AppLink to={outcome.result.kind === 'units' ? '/enheter' : '/personer'}>
                {outcome.result.kind === 'units' ? t('web.import.toUnits') : t('web.import.toPeople')}
              </AppLink>
            </Paragraph>
          </Alert>
        ) : null}
        {outcome?.kind === 'invalid' ? <ErrorReport message={outcome.message} details={outcome.details} /> : null}
        {outcome?.kind === 'failed' ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{outcome.message}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </Page>
  );
}
