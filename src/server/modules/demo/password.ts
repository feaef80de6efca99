import { randomInt } from 'node:crypto';
import { PASSWORD_WORDS } from './names.ts';

/**
 * A readable random password for a demo login: four words and a number from the system's CSPRNG,
 * e.g. "fjord-lakris-tromme-kano-47". About 37 bits: plenty for a demo, easy to type from the terminal.
 */
export function generateDemoPassword(): string {
  const words = Array.from({ length: 4 }, () => PASSWORD_WORDS[randomInt(PASSWORD_WORDS.length)]);
  return `${words.join('-')}-${randomInt(10, 100)}`;
}
