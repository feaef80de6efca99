import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translateIssue } from './validation-messages.ts';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0] as z.core.$ZodIssue;
};

describe('translateIssue: a wrong type is not "required"', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a list left out', z.strictObject({ subjects: z.array(z.string()) }), {}, 'Feltet må fylles ut.'],
    [
      'a text where a list is expected',
      z.strictObject({ subjects: z.array(z.string()) }),
      { subjects: 'music' },
      'Verdien har feil type.',
    ],
    ['a number left out (null)', z.strictObject({ n: z.number() }), { n: null }, 'Feltet må fylles ut.'],
    ['a text where a number is expected', z.strictObject({ n: z.number() }), { n: 'x' }, 'Verdien har feil type.'],
  ])('%s', (_name, schema, value, expected) => {
    expect(translateIssue('nb', issueOf(schema, value))).toBe(expected);
  });
});
