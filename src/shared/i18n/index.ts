import { DEFAULT_LOCALE, type Locale } from '../enums.ts';
import { en } from './en.ts';
import { formatMessage, isLocale, type MessageParams } from './format.ts';
import { type MessageKey, type Messages, nb } from './nb.ts';
import { nn } from './nn.ts';

export type { MessageKey, Messages };
export const catalogs: Record<Locale, Messages> = { nb, nn, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

export { isLocale, type MessageParams };

/** Translates a key, replacing `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(catalogs[locale][key] ?? nb[key], params);
}

/** Picks a supported locale from an Accept-Language header; bokmål when nothing matches ("no" means bokmål). */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0];
    if (base === 'nn') return 'nn';
    if (base === 'nb' || base === 'no') return 'nb';
    if (base === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}
