import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, matchOption, PEOPLE_COLUMNS, resolveHeader, UNIT_COLUMNS } from './columns.ts';
import {
  cellToString,
  detectDelimiter,
  normaliseHeader,
  normalisePostalCode,
  parseDate,
  parseDecimal,
} from './normalise.ts';
import { ErrorReport } from './spec.ts';
import { sniffFormat } from './upload.ts';

describe('parseDecimal', () => {
  it.each([
    ['80', 80],
    ['80,5', 80.5],
    ['80.5', 80.5],
    [' 100 ', 100],
    ['1 000', 1000],
    ['0', 0],
    ['-2', -2],
    ['80 %', undefined],
    ['8O', undefined],
    ['1.000,5', undefined],
    ['', undefined],
    ['abc', undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it('takes a trailing percent sign in a percent column', () => {
    expect(parseDecimal('80 %', { percent: true })).toBe(80);
    expect(parseDecimal('50,5%', { percent: true })).toBe(50.5);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-08-01', '2026-08-01'],
    ['2026-8-1', '2026-08-01'],
    ['01.08.2026', '2026-08-01'],
    ['1.8.2026', '2026-08-01'],
    ['01/08/2026', '2026-08-01'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2025', undefined],
    ['31.04.2026', undefined],
    ['2026-13-01', undefined],
    ['08/01/26', undefined],
    ['1. august 2026', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('reads back every real day it writes in either form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${day}.${m}.${y}`)).toBe(iso);
      }),
    );
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['org_number', 'org_number'],
    [' Org.nr ', 'org_nr'],
    ['E-post', 'e_post'],
    ['\uFEFFNavn', 'navn'],
    ['Start dato', 'start_dato'],
    ['År fullført', 'år_fullført'],
    ['Stillingsprosent (%)', 'stillingsprosent'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['org_number;name;unit_type', ';'],
    ['org_number,name,unit_type', ','],
    ['org_number\tname\tunit_type', '\t'],
    ['"navn, fullt";type;adresse', ';'],
    ['"a;b",c,d', ','],
    ['org_number', ';'],
  ] as const)('%j → %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});

describe('normalisePostalCode', () => {
  it.each([
    ['150', '0150'],
    ['1', '0001'],
    ['2000', '2000'],
    ['0150', '0150'],
    ['20 00', '2000'],
    ['N-2000', 'N-2000'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePostalCode(input)).toBe(expected);
  });
});

describe('cellToString', () => {
  it.each([
    [null, undefined, ''],
    ['tekst', undefined, 'tekst'],
    [974760673, undefined, '974760673'],
    [80.5, undefined, '80.5'],
    [0.1 + 0.2, undefined, '0.3'],
    [0.805, '0%', '80.5'],
    [true, undefined, 'true'],
    [new Date(Date.UTC(2026, 7, 1)), undefined, '2026-08-01'],
    [new Date(Date.UTC(2026, 6, 31, 23, 59, 59, 900)), undefined, '2026-08-01'],
    [{ richText: [{ text: 'Berg ' }, { text: 'skole' }] }, undefined, 'Berg skole'],
    [{ formula: 'A1*2', result: 100 }, undefined, '100'],
    [{ text: 'kari@example.no', hyperlink: 'mailto:kari@example.no' }, undefined, 'kari@example.no'],
    [{ error: '#N/A' }, undefined, '#N/A'],
  ])('%j (%s) → %j', (value, numFmt, expected) => {
    expect(cellToString(value, numFmt)).toBe(expected);
  });
});

describe('matchOption', () => {
  const kind = (name: string) => {
    const column = [...UNIT_COLUMNS, ...PEOPLE_COLUMNS].find((c) => c.name === name);
    if (column?.kind.type !== 'enum') throw new Error(`${name} is not an enum column`);
    return column.kind;
  };
  it.each([
    ['unit_type', 'primary', 'primary'],
    ['unit_type', 'PRIMARY', 'primary'],
    ['unit_type', 'lower secondary', 'lower_secondary'],
    ['unit_type', 'Barneskole', 'primary'],
    ['unit_type', 'barneskule', 'primary'],
    ['unit_type', 'Primary school', 'primary'],
    ['unit_type', 'Kombinert skole (1-10)', 'combined'],
    ['unit_type', 'Kombinert skole (1–10)', 'combined'],
    ['unit_type', 'SFO', 'after_school'],
    ['unit_type', 'sfo/aks', 'after_school'],
    ['unit_type', 'gymnas', undefined],
    ['position', 'Rektor', 'head'],
    ['position', 'Leder (rektor/styrer)', 'head'],
    ['position', 'leder', 'head'],
    ['position', 'Lærer', 'teacher'],
    ['position', 'Barnehagelærer', 'kindergarten_teacher'],
    ['position', 'pedagogisk leder', 'kindergarten_teacher'],
    ['teacher_education', 'Grunnskolelærer 1–7', 'primary_1_7'],
    ['teacher_education', 'grunnskolelærer 5-10', 'primary_5_10'],
    ['teacher_education', 'PPU', 'ppu'],
    ['teacher_education', 'Praktisk-pedagogisk utdanning', 'ppu'],
    ['mentor_education', 'Pågår', 'ongoing'],
    ['mentor_education', 'fullført', 'completed'],
    ['mentor_education', 'Ingen', 'none'],
  ])('%s: %j → %j', (column, value, expected) => {
    expect(matchOption(kind(column), value)).toBe(expected);
  });
});

describe('resolveHeader', () => {
  it('matches canonical names and Norwegian aliases, in any case', () => {
    const header = resolveHeader('people', [
      'Ansattnummer',
      'Fornavn',
      'Etternavn',
      'E-post',
      'Enhet orgnr',
      'Stilling',
      'Stillingsprosent',
      'Startdato',
      '',
    ]);
    expect(header.issues).toEqual([]);
    expect([...header.present]).toEqual([
      'employeeNumber',
      'givenName',
      'familyName',
      'email',
      'unitOrgNumber',
      'position',
      'positionPercent',
      'startDate',
    ]);
    expect(header.headerOf.get('email')).toBe('E-post');
  });

  it('gives no two columns the same name or alias', () => {
    for (const columns of Object.values(COLUMNS)) {
      const names = columns.flatMap((c) => [c.name, ...c.aliases].map(normaliseHeader));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('sniffFormat', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'xlsx'],
    [[...Buffer.from('org_number;name\n')], 'csv'],
    [[0xef, 0xbb, 0xbf, ...Buffer.from('navn')], 'csv'],
    [[0x89, 0x50, 0x4e, 0x47], 'unsupported'],
    [[...Buffer.from('%PDF-1.7')], 'unsupported'],
    [[0xff, 0xfe, 0x6e, 0x00], 'unsupported'],
    [[0xd0, 0xcf, 0x11, 0xe0], 'unsupported'],
  ])('%j → %s', (bytes, expected) => {
    expect(sniffFormat(Buffer.from(bytes))).toBe(expected);
  });
});

describe('ErrorReport', () => {
  it('keeps the first errors by row and counts them all, in bounded memory', () => {
    const report = new ErrorReport(3);
    for (const row of [9, 8, 7, 6, 5, 4, 3, 2]) report.add(row, 'a', `row ${row}`);
    report.add(2, 'b', 'second in row 2');
    expect(report.total).toBe(9);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'a'],
      [2, 'b'],
      [3, 'a'],
    ]);
  });
});

describe('the columns the import page explains', () => {
  it('are exactly the columns the import reads, with the same required flags', async () => {
    const { COLUMNS } = await import('./columns.ts');
    const { IMPORT_COLUMNS } = await import('../../../../shared/import-columns.ts');
    for (const kind of ['units', 'people'] as const) {
      expect(IMPORT_COLUMNS[kind]).toEqual(COLUMNS[kind].map((c) => ({ name: c.name, required: c.required })));
    }
  });
});
