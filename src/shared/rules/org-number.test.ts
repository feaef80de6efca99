import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, normaliseOrgNumber, withCheckDigit } from './org-number.ts';

describe('isValidOrgNumber', () => {
  it.each([
    ['974760673', true], // Brønnøysundregistrene
    ['974 760 673', true],
    ['971526920', true], // Statistisk sentralbyrå
    ['974760674', false], // wrong check digit
    ['97476067', false], // too short
    ['9747606730', false], // too long
    ['97476067a', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidOrgNumber(input)).toBe(expected);
  });

  it('accepts every number completed by withCheckDigit and rejects every other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), (eight) => {
        const full = withCheckDigit(eight);
        for (let d = 0; d <= 9; d++) {
          expect(isValidOrgNumber(`${eight}${d}`)).toBe(full === `${eight}${d}`);
        }
      }),
    );
  });

  it('normalises spaces', () => {
    expect(normaliseOrgNumber(' 974\u00a0760 673 ')).toBe('974760673');
  });
});
