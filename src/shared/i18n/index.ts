import { DEFAULT_LOCALE, LOCALES, type Locale } from '../enums.ts';
import { en } from './en.ts';
import { type MessageKey, type Messages, nb } from './nb.ts';
import { nn } from './nn.ts';

export type { MessageKey, Messages };
export const catalogs: Record<Locale, Messages> = { nb, nn, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type MessageParams = Record<string, string | number>;

/** Translates a key, replacing `{name}` placeholders. Unknown placeholders are left visible so a gap shows in review. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key] ?? nb[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
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
