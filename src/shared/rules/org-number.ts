/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a mod-11 check digit
 * over the first eight with weights 3 2 7 6 5 4 3 2. A remainder giving check digit 10 is never issued.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Strips the spaces people type ("974 760 673") so the stored form is nine digits. */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0]/g, '');
}

export function orgNumberCheckDigit(firstEight: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * (WEIGHTS[i] ?? 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

export function isValidOrgNumber(input: string): boolean {
  const value = normaliseOrgNumber(input);
  if (!/^\d{9}$/.test(value)) return false;
  const check = orgNumberCheckDigit(value.slice(0, 8));
  return check !== null && check === Number(value[8]);
}

/** Completes eight digits with their check digit; null when no valid number starts with them. */
export function withCheckDigit(firstEight: string): string | null {
  const check = orgNumberCheckDigit(firstEight);
  return check === null ? null : `${firstEight}${check}`;
}
