import { type Locale, MENTOR_EDUCATIONS, POSITIONS, TEACHER_EDUCATIONS, UNIT_TYPES } from '../../../../shared/enums.ts';
import { catalogs, type MessageKey, translate } from '../../../../shared/i18n/index.ts';
import type { ImportKind } from '../../../../shared/schemas/organisation.ts';
import { MAX_SUBJECTS, STAGE_SYNONYMS, STAGES, SUBJECT_SYNONYMS, SUBJECTS } from '../../../../shared/subjects.ts';
import {
  cleanCell,
  normaliseHeader,
  normaliseOption,
  normalisePostalCode,
  parseDate,
  parseDecimal,
} from './normalise.ts';

/*
 * The columns of the two import files. The canonical header is snake_case English; the aliases are
 * the Norwegian (bokmål and nynorsk) names coordinators type, written in normaliseHeader's form.
 * docs/IMPORT.md documents every name and value accepted here: change both together.
 */

type EnumLabelPrefix = 'unitType' | 'position' | 'teacherEducation' | 'mentorEducation' | 'stage' | 'subject';

export type ColumnKind =
  | { type: 'text' }
  | { type: 'orgNumber' }
  | { type: 'postalCode' }
  | { type: 'decimal' }
  | { type: 'percent' }
  | { type: 'integer' }
  | { type: 'date' }
  | { type: 'enum'; codes: readonly string[]; labels: EnumLabelPrefix; synonyms: Record<string, string> }
  /** Several options in one cell, separated by `;` (or by `,` when the cell has no `;`). */
  | {
      type: 'list';
      codes: readonly string[];
      labels: EnumLabelPrefix;
      synonyms: Record<string, string>;
      max: number;
    };

export interface ColumnSpec {
  /** The header in the templates. */
  name: string;
  /** The key in the zod input the cell feeds. */
  field: string;
  required: boolean;
  kind: ColumnKind;
  aliases: readonly string[];
  /** The value in the template's example row (when the owner has no unit to show instead). */
  example: string;
}

const text = { type: 'text' } as const;

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'org_number',
    field: 'orgNumber',
    required: true,
    kind: { type: 'orgNumber' },
    aliases: ['organisasjonsnummer', 'orgnr', 'org_nr', 'orgnummer', 'organisasjonsnr'],
    example: '999999999',
  },
  {
    name: 'name',
    field: 'name',
    required: true,
    kind: text,
    aliases: ['navn', 'namn', 'enhetsnavn', 'einingsnamn'],
    example: 'Eksempel barneskole',
  },
  {
    name: 'unit_type',
    field: 'unitType',
    required: true,
    kind: {
      type: 'enum',
      codes: UNIT_TYPES,
      labels: 'unitType',
      synonyms: {
        'kombinert skole': 'combined',
        'kombinert skule': 'combined',
        '1-10-skole': 'combined',
        '1-10 skole': 'combined',
        videregående: 'upper_secondary',
        vidaregåande: 'upper_secondary',
        vgs: 'upper_secondary',
        sfo: 'after_school',
        aks: 'after_school',
      },
    },
    aliases: ['enhetstype', 'einingstype', 'type'],
    example: 'primary',
  },
  {
    name: 'street_address',
    field: 'streetAddress',
    required: false,
    kind: text,
    aliases: ['adresse', 'gateadresse', 'besøksadresse'],
    example: 'Skoleveien 1',
  },
  {
    name: 'postal_code',
    field: 'postalCode',
    required: false,
    kind: { type: 'postalCode' },
    aliases: ['postnummer', 'postnr'],
    example: '2000',
  },
  {
    name: 'postal_place',
    field: 'postalPlace',
    required: false,
    kind: text,
    aliases: ['poststed', 'poststad'],
    example: 'Lillestrøm',
  },
  {
    name: 'latitude',
    field: 'latitude',
    required: false,
    kind: { type: 'decimal' },
    aliases: ['breddegrad', 'lat', 'nord'],
    example: '59.9560',
  },
  {
    name: 'longitude',
    field: 'longitude',
    required: false,
    kind: { type: 'decimal' },
    aliases: ['lengdegrad', 'lon', 'long', 'øst', 'aust'],
    example: '11.0490',
  },
];

export const PEOPLE_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'employee_number',
    field: 'employeeNumber',
    required: true,
    kind: text,
    aliases: ['ansattnummer', 'ansattnr', 'ansatt_nr', 'tilsettnummer', 'tilsettnr'],
    example: '10001',
  },
  {
    name: 'given_name',
    field: 'givenName',
    required: true,
    kind: text,
    aliases: ['fornavn', 'førenamn', 'fornamn'],
    example: 'Kari',
  },
  {
    name: 'family_name',
    field: 'familyName',
    required: true,
    kind: text,
    aliases: ['etternavn', 'etternamn'],
    example: 'Nordmann',
  },
  {
    name: 'email',
    field: 'email',
    required: true,
    kind: text,
    aliases: ['e_post', 'epost', 'e_postadresse', 'epostadresse', 'e_mail'],
    example: 'kari.nordmann@example.no',
  },
  {
    name: 'unit_org_number',
    field: 'unitOrgNumber',
    required: true,
    kind: { type: 'orgNumber' },
    aliases: [
      'enhet_organisasjonsnummer',
      'enhet_orgnr',
      'enhetens_organisasjonsnummer',
      'eining_organisasjonsnummer',
      'eining_orgnr',
    ],
    example: '999999999',
  },
  {
    name: 'position',
    field: 'position',
    required: true,
    kind: {
      type: 'enum',
      codes: POSITIONS,
      labels: 'position',
      synonyms: {
        rektor: 'head',
        styrer: 'head',
        styrar: 'head',
        enhetsleder: 'head',
        'assisterende rektor': 'assistant_head',
        'assisterande rektor': 'assistant_head',
        'assisterende styrer': 'assistant_head',
        inspektør: 'assistant_head',
        lektor: 'teacher',
        adjunkt: 'teacher',
        'pedagogisk leder': 'kindergarten_teacher',
        'pedagogisk leiar': 'kindergarten_teacher',
        assistent: 'assistant',
        fagarbeider: 'assistant',
        fagarbeidar: 'assistant',
        sfo: 'after_school_staff',
        aks: 'after_school_staff',
      },
    },
    aliases: ['stilling'],
    example: 'teacher',
  },
  {
    name: 'position_percent',
    field: 'positionPercent',
    required: true,
    kind: { type: 'percent' },
    aliases: ['stillingsprosent', 'stillingsandel'],
    example: '100',
  },
  {
    name: 'start_date',
    field: 'startDate',
    required: true,
    kind: { type: 'date' },
    aliases: ['startdato', 'fra_dato', 'frå_dato'],
    example: '2026-08-01',
  },
  {
    name: 'end_date',
    field: 'endDate',
    required: false,
    kind: { type: 'date' },
    aliases: ['sluttdato', 'til_dato'],
    example: '',
  },
  {
    name: 'phone',
    field: 'phone',
    required: false,
    kind: text,
    aliases: ['telefon', 'telefonnummer', 'mobil', 'mobilnummer'],
    example: '+47 912 34 567',
  },
  {
    name: 'teacher_education',
    field: 'teacherEducation',
    required: false,
    kind: {
      type: 'enum',
      codes: TEACHER_EDUCATIONS,
      labels: 'teacherEducation',
      synonyms: {
        barnehagelærer: 'kindergarten_teacher',
        barnehagelærar: 'kindergarten_teacher',
        'glu 1-7': 'primary_1_7',
        'glu 5-10': 'primary_5_10',
        lektor: 'lektor_8_13',
        ppu: 'ppu',
        yrkesfaglærer: 'vocational',
        yrkesfaglærar: 'vocational',
        annen: 'other',
        anna: 'other',
        ingen: 'none',
        inga: 'none',
      },
    },
    aliases: ['lærerutdanning', 'lærarutdanning'],
    example: 'primary_1_7',
  },
  {
    name: 'teacher_education_year',
    field: 'teacherEducationYear',
    required: false,
    kind: { type: 'integer' },
    aliases: ['lærerutdanning_år', 'lærarutdanning_år', 'år_fullført'],
    example: '2026',
  },
  {
    name: 'mentor_education',
    field: 'mentorEducation',
    required: false,
    kind: { type: 'enum', codes: MENTOR_EDUCATIONS, labels: 'mentorEducation', synonyms: {} },
    aliases: ['veilederutdanning', 'rettleiarutdanning'],
    example: 'none',
  },
  {
    name: 'mentor_education_credits',
    field: 'mentorEducationCredits',
    required: false,
    kind: { type: 'decimal' },
    aliases: ['veilederutdanning_studiepoeng', 'rettleiarutdanning_studiepoeng', 'studiepoeng'],
    example: '',
  },
  {
    name: 'teaching_experience_years',
    field: 'teachingExperienceYears',
    required: false,
    kind: { type: 'decimal' },
    aliases: ['undervisningserfaring', 'undervisningserfaring_år', 'undervisingserfaring', 'undervisingserfaring_år'],
    example: '0',
  },
  {
    name: 'subjects',
    field: 'subjects',
    required: false,
    kind: { type: 'list', codes: SUBJECTS, labels: 'subject', synonyms: SUBJECT_SYNONYMS, max: MAX_SUBJECTS },
    aliases: ['fag', 'undervisningsfag', 'undervisingsfag'],
    example: 'norsk; matematikk',
  },
  {
    name: 'stage',
    field: 'stage',
    required: false,
    kind: { type: 'enum', codes: STAGES, labels: 'stage', synonyms: STAGE_SYNONYMS },
    aliases: ['trinn', 'undervisningstrinn', 'undervisingstrinn', 'steg'],
    example: '1-4',
  },
];

export const COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = { units: UNIT_COLUMNS, people: PEOPLE_COLUMNS };

// Header lookup: canonical name or alias (normalised) → column.
const headerIndex = new Map<ImportKind, Map<string, ColumnSpec>>(
  (Object.entries(COLUMNS) as [ImportKind, readonly ColumnSpec[]][]).map(([kind, columns]) => {
    const index = new Map<string, ColumnSpec>();
    for (const column of columns) {
      for (const name of [column.name, ...column.aliases]) index.set(normaliseHeader(name), column);
    }
    return [kind, index];
  }),
);

/** A header problem, found before any row is read. */
export interface HeaderIssue {
  column: string;
  key: 'validation.missingColumn' | 'import.unknownColumn' | 'import.duplicateColumn';
}

/** How a file's header row maps onto the columns of its kind. */
export interface HeaderMap {
  /** For each cell position, the column it feeds (null: an empty header cell, ignored). */
  byPosition: (ColumnSpec | null)[];
  /** The header as written in the file, by field: errors name the column the way the file does. */
  headerOf: Map<string, string>;
  /** The fields whose column is in the file: a re-import updates only these. */
  present: Set<string>;
  issues: HeaderIssue[];
}

/**
 * Reads the header row. Headers match case-insensitively, by canonical name or Norwegian alias. A
 * column we do not know is an error rather than silently dropped (a typo in "stillingsprosent" would
 * otherwise lose data); an empty header cell is ignored.
 */
export function resolveHeader(kind: ImportKind, cells: readonly string[]): HeaderMap {
  const index = headerIndex.get(kind) ?? new Map<string, ColumnSpec>();
  const byPosition: (ColumnSpec | null)[] = [];
  const headerOf = new Map<string, string>();
  const issues: HeaderIssue[] = [];
  for (const raw of cells) {
    const header = cleanCell(raw.replace(/^\uFEFF/, ''));
    if (!header) {
      byPosition.push(null);
      continue;
    }
    const column = index.get(normaliseHeader(header));
    if (!column) {
      issues.push({ column: header, key: 'import.unknownColumn' });
      byPosition.push(null);
    } else if (headerOf.has(column.field)) {
      issues.push({ column: header, key: 'import.duplicateColumn' });
      byPosition.push(null);
    } else {
      headerOf.set(column.field, header);
      byPosition.push(column);
    }
  }
  for (const column of COLUMNS[kind]) {
    if (column.required && !headerOf.has(column.field)) {
      issues.push({ column: column.name, key: 'validation.missingColumn' });
    }
  }
  return { byPosition, headerOf, present: new Set(headerOf.keys()), issues };
}

/** One data row's cells by field, cleaned; a column absent from the file is absent here too. */
export function cellsByField(header: HeaderMap, cells: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  header.byPosition.forEach((column, i) => {
    if (column) out.set(column.field, cleanCell(cells[i] ?? ''));
  });
  return out;
}

/** A row is blank when every cell is empty: spreadsheets end with such rows, and they are skipped. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cleanCell(cell) === '');
}

// Enum lookup: code, or label in any of the three catalogs, or the label without its parenthesis
// ("Leder (rektor/styrer)" → "leder"), or a documented synonym. An ambiguous label is dropped.
type OptionKind = Extract<ColumnKind, { type: 'enum' | 'list' }>;
const optionIndexes = new Map<EnumLabelPrefix, Map<string, string>>();
function optionIndex(kind: OptionKind): Map<string, string> {
  const cached = optionIndexes.get(kind.labels);
  if (cached) return cached;
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string) => {
    const key = normaliseOption(name);
    if (!key) return;
    const existing = index.get(key);
    if (existing !== undefined && existing !== code) ambiguous.add(key);
    else index.set(key, code);
  };
  for (const code of kind.codes) {
    for (const locale of Object.keys(catalogs) as Locale[]) {
      const label = catalogs[locale][`${kind.labels}.${code}` as MessageKey];
      add(label, code);
      add(label.replace(/\s*\(.*?\)\s*/g, ' '), code);
    }
  }
  for (const [name, code] of Object.entries(kind.synonyms)) add(name, code);
  for (const key of ambiguous) index.delete(key);
  // Codes last: they always win.
  for (const code of kind.codes) index.set(normaliseOption(code), code);
  optionIndexes.set(kind.labels, index);
  return index;
}

/** The enum code a cell means, or undefined when it matches none. */
export function matchOption(kind: OptionKind, value: string): string | undefined {
  return optionIndex(kind).get(normaliseOption(value));
}

/** The value a cell gives the zod input (undefined for an empty cell), or a translated reason it gives none. */
export type CellResult = { ok: true; value: string | number | string[] | undefined } | { ok: false; message: string };

export function convertCell(column: ColumnSpec, raw: string, locale: Locale): CellResult {
  if (raw === '') return { ok: true, value: undefined };
  const kind = column.kind;
  switch (kind.type) {
    case 'text':
    case 'orgNumber':
      return { ok: true, value: raw };
    case 'postalCode':
      return { ok: true, value: normalisePostalCode(raw) };
    case 'decimal':
    case 'percent':
    case 'integer': {
      const n = parseDecimal(raw, { percent: kind.type === 'percent' });
      return n === undefined ? { ok: false, message: translate(locale, 'import.number') } : { ok: true, value: n };
    }
    case 'date': {
      const day = parseDate(raw);
      return day === undefined ? { ok: false, message: translate(locale, 'import.date') } : { ok: true, value: day };
    }
    case 'enum': {
      const code = matchOption(kind, raw);
      if (code !== undefined) return { ok: true, value: code };
      const options = kind.codes.map((c) => translate(locale, `${kind.labels}.${c}` as MessageKey)).join(', ');
      return { ok: false, message: translate(locale, 'import.invalidOption', { value: raw, options }) };
    }
    case 'list': {
      const parts = raw
        .split(raw.includes(';') ? ';' : ',')
        .map((part) => cleanCell(part))
        .filter((part) => part !== '');
      const codes: string[] = [];
      for (const part of parts) {
        const code = matchOption(kind, part);
        if (code === undefined) {
          const options = kind.codes.map((c) => translate(locale, `${kind.labels}.${c}` as MessageKey)).join(', ');
          return { ok: false, message: translate(locale, 'import.invalidOption', { value: part, options }) };
        }
        if (codes.includes(code)) return { ok: false, message: translate(locale, 'subjects.duplicate') };
        codes.push(code);
      }
      if (codes.length > kind.max)
        return { ok: false, message: translate(locale, 'validation.tooBig', { max: String(kind.max) }) };
      return { ok: true, value: codes };
    }
  }
}
