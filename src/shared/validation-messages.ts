import type { Locale } from './enums.ts';
import { isMessageKey, translate } from './i18n/index.ts';

/** The parts of a zod issue we translate from (zod's own shape, or fastify-type-provider-zod's copy of it). */
export interface IssueLike {
  code: string;
  message?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
  expected?: string;
}

/**
 * Whether a value of the wrong type was really left out. zod 4 does not put the input on an issue unless
 * asked, but its own message names what it received ("… received undefined"); a string where a list is
 * expected is then "wrong type", not "required".
 */
function isMissing(issue: IssueLike): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null || issue.input === '';
  return !issue.message || /received (undefined|null)\b/.test(issue.message);
}

/** A translated, plain-language message for one validation issue. */
export function translateIssue(locale: Locale, issue: IssueLike): string {
  if (issue.message && isMessageKey(issue.message)) return translate(locale, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return translate(locale, 'validation.required');
      if (issue.expected === 'int') return translate(locale, 'validation.integer');
      return translate(locale, 'validation.invalidType');
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return translate(locale, 'validation.required');
      return translate(locale, issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall', {
        min: String(issue.minimum),
      });
    case 'too_big':
      return translate(locale, issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig', {
        max: String(issue.maximum),
      });
    case 'invalid_format':
      if (issue.format === 'email') return translate(locale, 'validation.email');
      if (issue.format === 'uuid') return translate(locale, 'validation.uuid');
      if (issue.format === 'date') return translate(locale, 'validation.date');
      return translate(locale, 'validation.invalid');
    case 'invalid_value':
      return translate(locale, 'validation.invalidOption', {
        options: (issue.values ?? []).map(String).join(', '),
      });
    case 'unrecognized_keys':
      return translate(locale, 'validation.unknownField', { keys: (issue.keys ?? []).join(', ') });
    default:
      return translate(locale, 'validation.invalid');
  }
}
